import { describe, expect, it } from 'vitest'

import { addWorkingDays, computeDeadline } from './workingDays'

// Times are given in UTC; Amsterdam is UTC+1 in winter. The result must not depend on the server's TZ
// (CI runs this file under several TZ values via the `unit` project's env).
describe('addWorkingDays', () => {
  it('should skip the weekend', () => {
    const friday = new Date('2026-11-27T15:00:00Z')
    expect(addWorkingDays(friday, 1).toISOString()).toBe('2026-11-30T15:00:00.000Z')
  })

  it('should count weekdays within a week', () => {
    const monday = new Date('2026-11-23T09:00:00Z')
    expect(addWorkingDays(monday, 3).toISOString()).toBe('2026-11-26T09:00:00.000Z')
  })

  it('should use the Amsterdam calendar day, not the UTC one', () => {
    // Friday 23:30 UTC is already Saturday 00:30 in Amsterdam: it counts from Monday, so it is due Tuesday.
    const lateFriday = new Date('2026-11-27T23:30:00Z')
    expect(addWorkingDays(lateFriday, 1).toISOString()).toBe('2026-11-30T23:30:00.000Z')
  })

  it('should give rush orders one working day whatever the turnaround', () => {
    const thursday = new Date('2026-11-26T10:00:00Z')
    expect(
      computeDeadline({ receivedAt: thursday, turnaroundDays: 5, rush: true }).toISOString(),
    ).toBe('2026-11-27T10:00:00.000Z')
  })

  it('should use the artist turnaround for normal orders', () => {
    const thursday = new Date('2026-11-26T10:00:00Z')
    expect(
      computeDeadline({ receivedAt: thursday, turnaroundDays: 3, rush: false }).toISOString(),
    ).toBe('2026-12-01T10:00:00.000Z')
  })
})
