import { describe, expect, it } from 'vitest'

import { downloadOnceKey } from './downloadAudit'

const base = { collection: 'scripts', fileId: 12, userId: 7 }

describe('downloadOnceKey', () => {
  it('should be the same for two downloads on one Amsterdam day', () => {
    expect(downloadOnceKey({ ...base, at: new Date('2026-11-30T08:00:00Z') })).toBe(
      downloadOnceKey({ ...base, at: new Date('2026-11-30T21:00:00Z') }),
    )
  })

  it('should change at Amsterdam midnight, not UTC midnight', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam (CET, UTC+1).
    expect(downloadOnceKey({ ...base, at: new Date('2026-11-30T23:30:00Z') })).not.toBe(
      downloadOnceKey({ ...base, at: new Date('2026-11-30T22:30:00Z') }),
    )
  })

  it('should differ between people', () => {
    const at = new Date('2026-11-30T12:00:00Z')
    expect(downloadOnceKey({ ...base, at })).not.toBe(downloadOnceKey({ ...base, userId: 8, at }))
  })

  it('should differ between files of two collections with the same id', () => {
    const at = new Date('2026-11-30T12:00:00Z')
    expect(downloadOnceKey({ ...base, at })).not.toBe(
      downloadOnceKey({ ...base, collection: 'deliverables', at }),
    )
  })
})
