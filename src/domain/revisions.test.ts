import { describe, expect, it } from 'vitest'

import { nextRevisionCharge, revisionDeadline, revisionRoundsLeft } from './revisions'

describe('free revision rounds left', () => {
  it.each([
    [2, 0, 2],
    [2, 1, 1],
    [2, 2, 0],
    [2, 5, 0],
    [0, 0, 0],
  ])('should leave %i free rounds minus %i used as %i', (freeRounds, roundsUsed, left) => {
    expect(revisionRoundsLeft({ freeRounds, roundsUsed })).toBe(left)
  })

  it('should count a booking without a counter as having used none', () => {
    expect(revisionRoundsLeft({ freeRounds: 2, roundsUsed: null })).toBe(2)
  })
})

describe('the next revision round’s fee', () => {
  it('should make the rounds within the free ones cost nothing', () => {
    expect(nextRevisionCharge({ freeRounds: 2, roundsUsed: 1, feeCents: 7_500 })).toEqual({
      round: 2,
      billable: false,
      feeCents: 0,
    })
  })

  it('should charge the revision fee for the first round beyond the free ones', () => {
    expect(nextRevisionCharge({ freeRounds: 2, roundsUsed: 2, feeCents: 7_500 })).toEqual({
      round: 3,
      billable: true,
      feeCents: 7_500,
    })
  })

  it('should charge every round when no round is free', () => {
    expect(nextRevisionCharge({ freeRounds: 0, roundsUsed: 0, feeCents: 5_000 })).toEqual({
      round: 1,
      billable: true,
      feeCents: 5_000,
    })
  })
})

describe('the deadline after a revision request', () => {
  const at = (iso: string) => new Date(iso)
  const deadline = (input: Partial<Parameters<typeof revisionDeadline>[0]>) =>
    revisionDeadline({
      requestedAt: at('2025-10-24T13:00:00Z'),
      currentDeadline: null,
      turnaroundDays: 2,
      ...input,
    }).toISOString()

  it('should skip the weekend: Fri 24 Oct 2025 15:00 + 2 working days is Tue 28 Oct 18:00 CET', () => {
    expect(deadline({})).toBe('2025-10-28T17:00:00.000Z')
  })

  it('should count a request after the end of day from the next working day', () => {
    // Fri 24 Oct 2025 19:00 CEST → day 0 is Mon 27 Oct → Wed 29 Oct 18:00 CET.
    expect(deadline({ requestedAt: at('2025-10-24T17:00:00Z') })).toBe('2025-10-29T17:00:00.000Z')
  })

  it('should skip Christmas and Boxing Day: Thu 24 Dec 2026 10:00 + 2 is Tue 29 Dec 18:00', () => {
    expect(deadline({ requestedAt: at('2026-12-24T09:00:00Z') })).toBe('2026-12-29T17:00:00.000Z')
  })

  it('should skip the agency’s closure days', () => {
    expect(deadline({ closureDays: ['2025-10-27'] })).toBe('2025-10-29T17:00:00.000Z')
  })

  it('should follow the configured turnaround and end of day', () => {
    expect(deadline({ turnaroundDays: 3, endOfDay: '17:00' })).toBe('2025-10-29T16:00:00.000Z')
  })

  it('should keep a current deadline that is later than the extension', () => {
    expect(deadline({ currentDeadline: '2025-11-05T17:00:00.000Z' })).toBe(
      '2025-11-05T17:00:00.000Z',
    )
  })

  it('should replace a current deadline that has passed', () => {
    expect(deadline({ currentDeadline: '2025-10-20T16:00:00.000Z' })).toBe(
      '2025-10-28T17:00:00.000Z',
    )
  })
})
