import { describe, expect, it } from 'vitest'

import {
  changeActions,
  changeKindOf,
  isChangeAction,
  parseVersionEtag,
  versionEtag,
} from './liveChanges'

describe('isChangeAction', () => {
  it('should count deliveries, decisions, invoices and messages as changes', () => {
    expect(
      ['deliverable.uploaded', 'deliverable.decided', 'invoice.issued', 'message.posted'].map(
        isChangeAction,
      ),
    ).toEqual([true, true, true, true])
  })

  it('should not count downloads or account events as changes', () => {
    expect(
      ['script.downloaded', 'invoice.downloaded', 'account.erased', 'account.email_changed'].map(
        isChangeAction,
      ),
    ).toEqual([false, false, false, false])
  })

  it('should not count an action the audit trail does not know', () => {
    expect(isChangeAction('booking.exploded')).toBe(false)
  })

  it('should list no download among the change actions', () => {
    expect(changeActions.filter((a) => a.endsWith('.downloaded'))).toEqual([])
  })
})

describe('versionEtag', () => {
  it('should round-trip through parseVersionEtag', () => {
    expect(parseVersionEtag(versionEtag({ newestId: 42, count: 7 }))).toEqual({
      newestId: 42,
      count: 7,
    })
  })

  it('should change when only the count changes (a late commit with a lower id)', () => {
    expect(versionEtag({ newestId: 42, count: 8 })).not.toBe(
      versionEtag({ newestId: 42, count: 7 }),
    )
  })

  it('should accept the weak form a proxy may send back', () => {
    expect(parseVersionEtag('W/"v3.2"')).toEqual({ newestId: 3, count: 2 })
  })

  it('should read no version from a tag that is not ours', () => {
    expect([parseVersionEtag('*'), parseVersionEtag('"b7-abc"'), parseVersionEtag(null)]).toEqual([
      null,
      null,
      null,
    ])
  })
})

describe('changeKindOf', () => {
  it('should announce the delivery, not the status change that came with it', () => {
    expect(changeKindOf(['booking.status_changed', 'deliverable.uploaded'])).toBe('delivered')
  })

  it('should announce the invoice after an approval', () => {
    expect(changeKindOf(['deliverable.decided', 'booking.status_changed', 'invoice.issued'])).toBe(
      'invoice',
    )
  })

  it('should fall back to a general sentence for anything else', () => {
    expect([changeKindOf([]), changeKindOf(['files.purged'])]).toEqual(['updated', 'updated'])
  })
})
