import { describe, expect, it } from 'vitest'

import { autoApprovalWarningAt, deadlineTimers, kindsFor, recipientOf } from './events'

describe('kindsFor', () => {
  it('should tell the artist and the staff when the customer cancels, not the customer', () => {
    const kinds = kindsFor('cancelled', { cancelledBy: 'customer' })
    expect(kinds.map(recipientOf)).toEqual(['artist', 'staff'])
  })

  it('should tell both parties and the staff when an admin cancels', () => {
    const kinds = kindsFor('cancelled', { cancelledBy: 'admin' })
    expect(kinds.map(recipientOf)).toEqual(['customer', 'artist', 'staff'])
  })

  it.each([
    ['booking_created', ['customer', 'staff']],
    ['script_received', ['artist', 'customer']],
    ['production_started', ['customer']],
    ['delivery_ready', ['customer']],
    ['revision_requested', ['artist', 'customer']],
    ['completed', ['customer', 'artist']],
  ] as const)('should address %s to %j', (event, recipients) => {
    expect(kindsFor(event).map(recipientOf)).toEqual(recipients)
  })
})

describe('deadlineTimers', () => {
  const deadline = new Date('2026-11-27T16:00:00Z')

  it('should remind 24 and 4 hours before and escalate at the deadline', () => {
    const timers = deadlineTimers({ deadline, now: new Date('2026-11-24T09:00:00Z') })
    expect(timers.map((t) => [t.kind, t.at.toISOString(), t.hoursLeft])).toEqual([
      ['deadline_reminder_artist', '2026-11-26T16:00:00.000Z', 24],
      ['deadline_reminder_artist', '2026-11-27T12:00:00.000Z', 4],
      ['overdue_artist', '2026-11-27T16:00:00.000Z', undefined],
      ['overdue_staff', '2026-11-27T16:00:00.000Z', undefined],
    ])
  })

  it('should drop reminders whose moment has passed (a rush job due tomorrow morning)', () => {
    const timers = deadlineTimers({ deadline, now: new Date('2026-11-27T03:00:00Z') })
    expect(timers.map((t) => t.hoursLeft ?? t.kind)).toEqual([4, 'overdue_artist', 'overdue_staff'])
  })
})

describe('autoApprovalWarningAt', () => {
  it('should warn one day before the automatic approval', () => {
    const at = autoApprovalWarningAt({ reviewSince: new Date('2026-11-24T10:00:00Z'), days: 7 })
    expect(at.toISOString()).toBe('2026-11-30T10:00:00.000Z')
  })
})
