import { describe, expect, it } from 'vitest'

import { parseBookingReference } from '@/domain/bookingReference'
import { DAY_MS } from '@/domain/time'

import { createRandom } from './random'
import type { ScaleBookingParties } from './scaleData'
import {
  SCALE_HISTORY_DAYS,
  scaleArtist,
  scaleArtistSlug,
  scaleSearchDocument,
  scaleBooking,
  skewedIndex,
} from './scaleData'

const now = new Date('2026-11-30T12:00:00Z')
const parties: ScaleBookingParties = {
  customerId: 1,
  voiceoverId: 2,
  artistUserId: 3,
  rates: {
    commercial: 25000,
    narration: 20000,
    e_learning: 17500,
    corporate: 21000,
    ivr: 11000,
    animation: 22500,
    audiobook: 45000,
    documentary: 24000,
  },
}

const bookings = (count: number) => {
  const sequences = new Map<number, number>()
  const sequence = (year: number) => {
    sequences.set(year, (sequences.get(year) ?? 0) + 1)
    return sequences.get(year) as number
  }
  return Array.from({ length: count }, (_, k) =>
    scaleBooking({ key: `scale:${k}`, sequence, parties, random: createRandom(k + 1), now }),
  )
}

const vocabulary = {
  languages: [
    { id: 'nl', nameEn: 'Dutch', nameNl: 'Nederlands' },
    { id: 'en', nameEn: 'English', nameNl: 'Engels' },
    { id: 'de', nameEn: 'German', nameNl: 'Duits' },
  ],
  accents: [{ id: 'hollands', nameEn: 'Hollands', nameNl: 'Hollands' }],
}

describe('scaleArtist', () => {
  it('should make the same artist from the same random sequence', () => {
    const a = scaleArtist({ n: 7, random: createRandom(42), now, vocabulary })
    const b = scaleArtist({ n: 7, random: createRandom(42), now, vocabulary })
    expect(a).toEqual(b)
  })

  it('should name the slug after the number, so a re-run finds it', () => {
    expect(scaleArtist({ n: 42, random: createRandom(1), now, vocabulary }).slug).toBe(
      scaleArtistSlug(42),
    )
    expect(scaleArtistSlug(42)).toBe('scale-artist-00042')
  })

  it('should give every artist exactly one native language', () => {
    const artists = Array.from({ length: 200 }, (_, i) =>
      scaleArtist({ n: i + 1, random: createRandom(i), now, vocabulary }),
    )
    expect(artists.every((a) => a.languages.filter((l) => l.native).length === 1)).toBe(true)
  })
})

describe('scaleBooking', () => {
  const made = bookings(2000)

  it('should leave a booking still waiting for its script without a deadline', () => {
    const waiting = made.filter((b) => b.status === 'pending_script')
    expect(waiting.length).toBeGreaterThan(0)
    expect(waiting.every((b) => b.deadline === null)).toBe(true)
  })

  it('should give every other booking a deadline after it was made', () => {
    const others = made.filter((b) => b.status !== 'pending_script')
    expect(others.every((b) => b.deadline !== null && b.deadline > b.createdAt)).toBe(true)
  })

  it('should spread bookings over the history window and never into the future', () => {
    const earliest = now.getTime() - (SCALE_HISTORY_DAYS + 1) * DAY_MS
    expect(made.every((b) => b.createdAt.getTime() >= earliest && b.createdAt <= now)).toBe(true)
  })

  it('should mostly finish bookings older than a month', () => {
    const old = made.filter((b) => now.getTime() - b.createdAt.getTime() > 31 * DAY_MS)
    const finished = old.filter((b) => b.status === 'completed' || b.status === 'cancelled')
    expect(finished.length / old.length).toBeGreaterThan(0.9)
  })

  it('should give every booking a unique, well-formed reference', () => {
    const references = made.map((b) => b.reference)
    expect(new Set(references).size).toBe(made.length)
    expect(references.every((r) => parseBookingReference(r) !== null)).toBe(true)
  })

  it('should price a booking from the artist’s rate for its project type', () => {
    const plain = made.filter((b) => !b.rushOrder)
    expect(plain.every((b) => b.quotedPrice === parties.rates[b.projectType])).toBe(true)
  })
})

describe('skewedIndex', () => {
  it('should stay within the range and favour the first items', () => {
    const random = createRandom(9)
    const picks = Array.from({ length: 10_000 }, () => skewedIndex(random, 100))
    expect(picks.every((i) => i >= 0 && i < 100)).toBe(true)
    // Uniform picks would put 20 % there; the skew puts about 48 % (0.2 ** (1 / 2.2)).
    expect(picks.filter((i) => i < 20).length).toBeGreaterThan(picks.length * 0.4)
  })
})

describe('scaleSearchDocument', () => {
  it('should name the artist’s languages and accents in English and Dutch, as the catalog searches them', () => {
    const artist = {
      ...scaleArtist({ n: 3, random: createRandom(3), now, vocabulary }),
      languages: [{ language: 'de', native: true }],
      accents: ['hollands'],
    }
    const document = scaleSearchDocument(artist, vocabulary)
    expect(document.startsWith(artist.name)).toBe(true)
    expect(document).toContain('German Duits')
    expect(document).toContain('Hollands')
  })
})
