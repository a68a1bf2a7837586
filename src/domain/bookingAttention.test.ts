import { describe, expect, it } from 'vitest'

import { attentionFlags } from './bookingAttention'

const now = new Date('2026-11-30T12:00:00Z')
const past = '2026-11-30T11:59:00Z'
const future = '2026-12-01T17:00:00Z'

describe('attentionFlags', () => {
  it('should flag a recording past its deadline as overdue', () => {
    expect(attentionFlags({ status: 'in_production', deadline: past, now })).toEqual(['overdue'])
    expect(attentionFlags({ status: 'script_received', deadline: past, now })).toEqual(['overdue'])
  })

  it('should not flag a booking the artist owes nothing on, whatever its deadline', () => {
    for (const status of ['pending_script', 'review', 'completed', 'cancelled'] as const) {
      expect(attentionFlags({ status, deadline: past, now })).toEqual([])
    }
  })

  it('should not flag a deadline still ahead or missing', () => {
    expect(attentionFlags({ status: 'in_production', deadline: future, now })).toEqual([])
    expect(attentionFlags({ status: 'in_production', deadline: null, now })).toEqual([])
  })

  it('should flag a recording after a revision request', () => {
    expect(
      attentionFlags({ status: 'in_production', deadline: future, revisionRounds: 1, now }),
    ).toEqual(['revision'])
  })

  it('should give both flags, overdue first, to a late revision', () => {
    expect(
      attentionFlags({ status: 'in_production', deadline: past, revisionRounds: 2, now }),
    ).toEqual(['overdue', 'revision'])
  })

  it('should drop the revision flag once the new version is in review', () => {
    expect(attentionFlags({ status: 'review', deadline: future, revisionRounds: 1, now })).toEqual(
      [],
    )
  })
})
