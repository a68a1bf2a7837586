import { describe, expect, it } from 'vitest'

import {
  digestRecipientsOf,
  mayPost,
  messageBodyProblem,
  nextDigestAt,
  normaliseMessageBody,
} from './messages'

describe('message bodies', () => {
  it('should trim white space around a body but keep its line breaks', () => {
    expect(normaliseMessageBody('  Hello\nthere \n')).toBe('Hello\nthere')
  })

  it('should call a body of only spaces empty', () => {
    expect(messageBodyProblem(normaliseMessageBody('   \n '))).toBe('empty')
  })

  it('should accept 5000 characters and refuse 5001', () => {
    expect([messageBodyProblem('a'.repeat(5000)), messageBodyProblem('a'.repeat(5001))]).toEqual([
      null,
      'tooLong',
    ])
  })

  it('should count an emoji as one character', () => {
    expect(messageBodyProblem('🎙'.repeat(5000))).toBeNull()
  })
})

describe('who may post', () => {
  it('should keep a completed booking’s conversation open to everyone', () => {
    expect(
      (['customer', 'artist', 'staff'] as const).map((role) =>
        mayPost({ status: 'completed', role }),
      ),
    ).toEqual([true, true, true])
  })

  it('should close a cancelled booking’s conversation to all but staff', () => {
    expect(
      (['customer', 'artist', 'staff'] as const).map((role) =>
        mayPost({ status: 'cancelled', role }),
      ),
    ).toEqual([false, false, true])
  })
})

describe('digest recipients', () => {
  it('should tell the artist and staff about a customer’s message', () => {
    expect(digestRecipientsOf('customer')).toEqual(['artist', 'staff'])
  })

  it('should tell the customer and artist about a staff message, not staff', () => {
    expect(digestRecipientsOf('staff')).toEqual(['customer', 'artist'])
  })
})

describe('next digest', () => {
  const now = new Date('2026-11-30T12:00:00Z')

  it('should send the first digest at once', () => {
    expect(nextDigestAt({ previousDigestAt: null, now })).toEqual(now)
  })

  it('should wait until 15 minutes after the previous digest', () => {
    const previous = new Date('2026-11-30T11:50:00Z')
    expect(nextDigestAt({ previousDigestAt: previous, now }).toISOString()).toBe(
      '2026-11-30T12:05:00.000Z',
    )
  })

  it('should send at once when the previous digest is older than 15 minutes', () => {
    const previous = new Date('2026-11-30T11:40:00Z')
    expect(nextDigestAt({ previousDigestAt: previous, now })).toEqual(now)
  })
})
