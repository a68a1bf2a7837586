import { describe, expect, it } from 'vitest'

import { idempotencyMismatch } from './idempotency'

const stored = {
  voiceover: 7,
  projectTitle: 'Winter spot',
  projectType: 'commercial',
  directionNotes: null,
  wordCount: 60,
  rushOrder: false,
  usage: { media: 'online', region: 'national', term: '12_months' },
}

describe('idempotencyMismatch', () => {
  it('should find no difference in a repeat of the same request, however its values are typed', () => {
    expect(
      idempotencyMismatch({
        stored,
        requested: {
          voiceover: '7',
          projectTitle: 'Winter spot ',
          projectType: 'commercial',
          wordCount: '60',
          rushOrder: 'false',
          usage: { media: 'online' },
        },
      }),
    ).toEqual([])
  })

  it('should name every field the second request changes', () => {
    expect(
      idempotencyMismatch({
        stored,
        requested: {
          voiceover: 8,
          projectTitle: 'Summer spot',
          rushOrder: true,
          usage: { term: 'perpetual' },
        },
      }),
    ).toEqual(['voiceover', 'projectTitle', 'rushOrder', 'usage.term'])
  })

  it('should compare a populated relationship by its id', () => {
    expect(
      idempotencyMismatch({
        stored: { ...stored, voiceover: { id: 7 } },
        requested: { voiceover: 7 },
      }),
    ).toEqual([])
  })
})
