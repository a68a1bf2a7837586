import { describe, expect, it } from 'vitest'

import { autoApprovalCutoff, autoApprovalDate, isDueForAutoApproval } from './autoApproval'

const reviewSince = new Date('2026-11-02T10:00:00Z')

describe('auto-approval', () => {
  it('should not be due before the configured number of days', () => {
    expect(
      isDueForAutoApproval({ reviewSince, now: new Date('2026-11-09T09:59:59Z'), days: 7 }),
    ).toBe(false)
  })

  it('should be due once the configured number of days has passed', () => {
    expect(
      isDueForAutoApproval({ reviewSince, now: new Date('2026-11-09T10:00:00Z'), days: 7 }),
    ).toBe(true)
  })

  it('should follow the configured number of days', () => {
    expect(
      isDueForAutoApproval({ reviewSince, now: new Date('2026-11-05T10:00:00Z'), days: 3 }),
    ).toBe(true)
  })

  it('should tell the customer the date it will happen', () => {
    expect(autoApprovalDate({ reviewSince, days: 7 }).toISOString()).toBe(
      '2026-11-09T10:00:00.000Z',
    )
  })

  it('should keep the wall-clock time across the October DST change', () => {
    // Mon 19 Oct 2026 10:00 CEST (08:00Z) + 7 days → Mon 26 Oct 10:00 CET (09:00Z), 169 hours later.
    expect(
      autoApprovalDate({ reviewSince: new Date('2026-10-19T08:00:00Z'), days: 7 }).toISOString(),
    ).toBe('2026-10-26T09:00:00.000Z')
  })

  it('should keep the wall-clock time across the March DST change', () => {
    // Mon 23 Mar 2026 10:00 CET (09:00Z) + 7 days → Mon 30 Mar 10:00 CEST (08:00Z), 167 hours later.
    expect(
      autoApprovalDate({ reviewSince: new Date('2026-03-23T09:00:00Z'), days: 7 }).toISOString(),
    ).toBe('2026-03-30T08:00:00.000Z')
  })

  it('should give a cutoff that no due booking is later than', () => {
    const now = new Date('2026-11-20T12:00:00Z')
    const cutoff = autoApprovalCutoff({ now, days: 7 })
    expect(
      isDueForAutoApproval({ reviewSince: new Date(cutoff.getTime() + 1), now, days: 7 }),
    ).toBe(false)
    expect(
      isDueForAutoApproval({ reviewSince: new Date('2026-11-13T12:00:00Z'), now, days: 7 }),
    ).toBe(true)
  })

  it.each([
    // now = Mon 30 Mar 2026 10:00 CEST; the last due entry is Mon 23 Mar 10:00 CET.
    ['2026-03-30T08:00:00Z', '2026-03-23T09:00:00Z'],
    // now = Mon 26 Oct 2026 10:00 CET; the last due entry is Mon 19 Oct 10:00 CEST.
    ['2026-10-26T09:00:00Z', '2026-10-19T08:00:00Z'],
  ])('should give a cutoff no due booking is later than across DST (now %s)', (iso, lastDue) => {
    const now = new Date(iso)
    const quarterHours = Array.from(
      { length: 17 },
      (_, i) => new Date(lastDue).getTime() - 2 * 60 * 60 * 1000 + i * 15 * 60 * 1000,
    )
    const due = quarterHours.filter((t) =>
      isDueForAutoApproval({ reviewSince: new Date(t), now, days: 7 }),
    )
    expect(new Date(Math.max(...due)).toISOString()).toBe(new Date(lastDue).toISOString())
    expect(autoApprovalCutoff({ now, days: 7 }).getTime()).toBeGreaterThanOrEqual(
      new Date(lastDue).getTime(),
    )
  })
})
