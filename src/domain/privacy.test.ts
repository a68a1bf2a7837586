import { describe, expect, it } from 'vitest'

import {
  erasedEmail,
  erasedName,
  isDueForPurge,
  needsArtist,
  purgeCutoff,
  purgeDate,
} from './privacy'

const completedAt = new Date('2026-08-03T10:00:00Z')

describe('private file retention', () => {
  it('should not purge before the configured number of days', () => {
    expect(isDueForPurge({ completedAt, now: new Date('2026-11-01T10:59:59Z'), days: 90 })).toBe(
      false,
    )
  })

  it('should purge once the configured number of days has passed', () => {
    // 90 Amsterdam days after 12:00 CEST on 3 August is 11:00 CET on 1 November (12:00 local).
    expect(isDueForPurge({ completedAt, now: new Date('2026-11-01T11:00:00Z'), days: 90 })).toBe(
      true,
    )
  })

  it('should count calendar days on the Amsterdam clock across the DST change', () => {
    expect(purgeDate({ completedAt, days: 90 }).toISOString()).toBe('2026-11-01T11:00:00.000Z')
  })

  it('should query an hour before the exact 24-hour days', () => {
    expect(purgeCutoff({ now: new Date('2026-11-01T11:00:00Z'), days: 90 }).toISOString()).toBe(
      '2026-08-03T12:00:00.000Z',
    )
  })
})

describe('erased accounts', () => {
  it('should give an erased account an address that can never receive mail', () => {
    expect(erasedEmail(42)).toBe('deleted-42@erased.invalid')
  })

  it.each([
    ['customer', 'Deleted customer'],
    ['voiceover', 'Deleted artist'],
    ['admin', 'Deleted admin'],
  ] as const)('should name an erased %s "%s"', (role, name) => {
    expect(erasedName(role)).toBe(name)
  })
})

describe('artists with work left', () => {
  it.each([
    ['pending_script', true],
    ['script_received', true],
    ['in_production', true],
    ['review', true],
    ['completed', false],
    ['cancelled', false],
  ] as const)('should say a %s booking needs its artist: %s', (status, needed) => {
    expect(needsArtist(status)).toBe(needed)
  })
})
