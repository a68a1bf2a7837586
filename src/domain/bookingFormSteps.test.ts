import { describe, expect, it } from 'vitest'

import type { BookableFacts, BookingDraftDetails } from './bookingFormSteps'
import {
  draftStorageKey,
  furthestReachableStep,
  isDraftStarted,
  parseStepParam,
  parseStoredDraft,
  stepToShow,
} from './bookingFormSteps'

const facts: BookableFacts = { projectTypes: ['commercial', 'elearning'], rushAvailable: false }
const empty: BookingDraftDetails = {
  projectTitle: '',
  projectType: 'commercial',
  wordCount: '',
  directionNotes: '',
  usage: { media: 'online', region: 'national', term: '12_months' },
  rushOrder: false,
}
const filled: BookingDraftDetails = { ...empty, projectTitle: 'Spring campaign', wordCount: '120' }

describe('booking form steps', () => {
  it.each([
    ['1', 1],
    ['4', 4],
    [' 2 ', 2],
  ] as const)('should read ?step=%s as step %s', (value, step) => {
    expect(parseStepParam(value)).toBe(step)
  })

  it.each(['', '0', '5', '2.5', 'two', null])('should ignore ?step=%s', (value) => {
    expect(parseStepParam(value)).toBeNull()
  })

  it('should keep a customer with no title on step 1', () => {
    expect(furthestReachableStep({ details: empty, facts, booked: false })).toBe(1)
  })

  it('should open the review once project and usage are complete', () => {
    expect(furthestReachableStep({ details: filled, facts, booked: false })).toBe(3)
  })

  it('should not count a blank title as a title', () => {
    const details = { ...filled, projectTitle: '   ' }
    expect(furthestReachableStep({ details, facts, booked: false })).toBe(1)
  })

  it('should not accept a project type the voice-over does not offer', () => {
    const details = { ...filled, projectType: 'audiobook' }
    expect(furthestReachableStep({ details, facts, booked: false })).toBe(1)
  })

  it('should not accept a word count that is not a whole number', () => {
    const details = { ...filled, wordCount: '12.5' }
    expect(furthestReachableStep({ details, facts, booked: false })).toBe(1)
  })

  it('should accept a target length in whole seconds, or none', () => {
    expect(
      furthestReachableStep({ details: { ...filled, targetSeconds: '30' }, facts, booked: false }),
    ).toBe(3)
    expect(
      furthestReachableStep({ details: { ...filled, targetSeconds: '' }, facts, booked: false }),
    ).toBe(3)
  })

  it('should not accept a target length of zero or in fractions', () => {
    expect(
      furthestReachableStep({ details: { ...filled, targetSeconds: '0' }, facts, booked: false }),
    ).toBe(1)
    expect(
      furthestReachableStep({
        details: { ...filled, targetSeconds: '29.5' },
        facts,
        booked: false,
      }),
    ).toBe(1)
  })

  it('should stop at usage when rush is asked of a voice-over without rush', () => {
    const details = { ...filled, rushOrder: true }
    expect(furthestReachableStep({ details, facts, booked: false })).toBe(2)
  })

  it('should send a skip to the review back to the first incomplete step', () => {
    expect(stepToShow({ requested: 3, details: empty, facts, booked: false })).toEqual({
      step: 1,
      clamped: true,
    })
  })

  it('should go back to any completed step', () => {
    expect(stepToShow({ requested: 1, details: filled, facts, booked: false })).toEqual({
      step: 1,
      clamped: false,
    })
  })

  it('should not show the confirmation before a booking exists', () => {
    expect(stepToShow({ requested: 4, details: filled, facts, booked: false })).toEqual({
      step: 3,
      clamped: true,
    })
  })

  it('should show only the confirmation once booked', () => {
    expect(stepToShow({ requested: 2, details: empty, facts, booked: true })).toEqual({
      step: 4,
      clamped: false,
    })
  })

  it('should start on step 1 without a ?step', () => {
    expect(stepToShow({ requested: null, details: filled, facts, booked: false }).step).toBe(1)
  })
})

describe('booking drafts', () => {
  const stored = (value: unknown) => JSON.stringify(value)

  it('should read back a stored draft', () => {
    const raw = stored({ version: 1, details: filled, idempotencyKey: 'abcdefgh-1234' })
    expect(parseStoredDraft(raw, empty)).toEqual({
      version: 1,
      details: filled,
      idempotencyKey: 'abcdefgh-1234',
    })
  })

  it('should ignore a draft that is not JSON', () => {
    expect(parseStoredDraft('{oops', empty)).toBeNull()
  })

  it('should ignore a draft of another format version', () => {
    expect(parseStoredDraft(stored({ version: 2, details: filled }), empty)).toBeNull()
  })

  it('should fall back field by field for tampered values', () => {
    const raw = stored({
      version: 1,
      details: {
        ...filled,
        usage: { media: 'billboard', region: 'local', term: 5 },
        rushOrder: 'yes',
      },
      idempotencyKey: 'bad key with spaces',
    })
    expect(parseStoredDraft(raw, empty)).toEqual({
      version: 1,
      details: {
        ...filled,
        usage: { media: 'online', region: 'local', term: '12_months' },
        rushOrder: false,
      },
      idempotencyKey: null,
    })
  })

  it('should not call an untouched form a started draft', () => {
    expect([isDraftStarted(empty, empty), isDraftStarted(filled, empty)]).toEqual([false, true])
  })

  it('should key drafts by voice-over', () => {
    expect(draftStorageKey(7)).toBe('14voices:booking-draft:7')
  })
})
