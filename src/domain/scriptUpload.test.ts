import { describe, expect, it } from 'vitest'

import { canReplaceScript, checkScriptUpload } from './scriptUpload'

describe('script uploads', () => {
  it('should take the first script while the booking waits for it', () => {
    expect(checkScriptUpload('pending_script')).toEqual({ ok: true, kind: 'first' })
  })

  it('should take a replacement before production starts', () => {
    expect(checkScriptUpload('script_received')).toEqual({ ok: true, kind: 'replacement' })
  })

  it.each(['in_production', 'review', 'completed'] as const)(
    'should refuse a new script with 409 once the booking is %s',
    (status) => {
      expect(checkScriptUpload(status)).toMatchObject({
        ok: false,
        status: 409,
        reason: { key: 'script.alreadyHasScript' },
      })
    },
  )

  it('should refuse a script for a cancelled booking with its own sentence', () => {
    expect(checkScriptUpload('cancelled')).toMatchObject({
      ok: false,
      status: 409,
      reason: { key: 'script.bookingCancelled' },
    })
  })

  it('should offer replacing only before production', () => {
    expect([canReplaceScript('script_received'), canReplaceScript('in_production')]).toEqual([
      true,
      false,
    ])
  })
})
