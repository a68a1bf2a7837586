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

  it('should give a cutoff consistent with the rule', () => {
    const now = new Date('2026-11-20T12:00:00Z')
    const cutoff = autoApprovalCutoff({ now, days: 7 })
    expect(isDueForAutoApproval({ reviewSince: cutoff, now, days: 7 })).toBe(true)
    expect(
      isDueForAutoApproval({ reviewSince: new Date(cutoff.getTime() + 1), now, days: 7 }),
    ).toBe(false)
  })
})
