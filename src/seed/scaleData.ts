import type { BookingStatus } from '@/domain/bookingStatus'
import { bookingReferenceYear, formatBookingReference } from '@/domain/bookingReference'
import type { ProjectType } from '@/domain/catalog'
import { ageRanges, genders, projectTypes, voiceStyles } from '@/domain/catalog'
import { searchDocument } from '@/domain/searchDocument'
import { DAY_MS } from '@/domain/time'

import { ratesFrom } from './data'
import type { Random } from './random'

/**
 * Synthetic data for `npm run seed -- --scale N`: plain rows, no Payload import, so they can be read
 * and tested without a database. `scale.ts` inserts them in batches.
 */

/** Customers the scale seed creates, whatever N is (bookings spread over them). */
export const SCALE_CUSTOMERS = 1000
/** Bookings per artist: 10,000 artists → 100,000 bookings. */
export const SCALE_BOOKINGS_PER_ARTIST = 10
/** Bookings are spread over this many days before `now`. */
export const SCALE_HISTORY_DAYS = 730

const firstNames = [
  'Anouk',
  'Bram',
  'Daan',
  'Eva',
  'Fleur',
  'Gijs',
  'Hanna',
  'Ilse',
  'Jesse',
  'Kees',
  'Lotte',
  'Milan',
  'Noor',
  'Olaf',
  'Pien',
  'Ruben',
  'Saar',
  'Thijs',
  'Vera',
  'Wout',
  'Yara',
  'Zoë',
  'Chloé',
  'Lukas',
  'Sofia',
  'Mateo',
  'Elena',
  'Jonas',
  'Amira',
  'Finn',
]
const lastNames = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'de Boer',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Claes',
  'Maes',
  'Willems',
  'Dubois',
  'Schmidt',
  'García',
  'Rossi',
  'Wouters',
  'Goossens',
  'Kramer',
]
const taglineOpeners = ['Warm', 'Clear', 'Bright', 'Deep', 'Calm', 'Lively', 'Trusted', 'Natural']
const taglineUses = [
  'commercials and radio',
  'e-learning and explainers',
  'documentaries',
  'audiobooks',
  'corporate films',
  'telephony and IVR',
  'animation and games',
  'trailers and promos',
]
const projectWords = [
  'Spring campaign',
  'Onboarding course',
  'Product launch',
  'Museum tour',
  'Podcast intro',
  'Annual report film',
  'Safety instruction',
  'App explainer',
  'Radio spot',
  'Audiobook chapter',
]

/** The slug of scale artist number `n` (1-based): `scale-artist-00042`, so a re-run can find them. */
export const scaleArtistSlug = (n: number): string => `scale-artist-${String(n).padStart(5, '0')}`
/** The login of scale artist number `n`. */
export const scaleArtistEmail = (n: number): string =>
  `artist-${String(n).padStart(5, '0')}@scale.14voices.local`
/** The login of scale customer number `n`. */
export const scaleCustomerEmail = (n: number): string =>
  `customer-${String(n).padStart(4, '0')}@scale.14voices.local`

/** One artist as the rows of `voiceovers` and its array/hasMany tables need it. */
export type ScaleArtist = {
  name: string
  slug: string
  active: boolean
  tagline: string
  bio: string
  gender: string
  ageRange: string
  rates: Record<ProjectType, number>
  turnaroundDays: number
  rushAvailable: boolean
  /** Ids of rows of the `languages` collection (ISO codes). */
  languages: { language: string; native: boolean }[]
  styles: string[]
  /** Ids of rows of the `accents` collection. */
  accents: string[]
  createdAt: Date
}

/** A language or accent row as the scale seed reads it from the database (`languages`, `accents`). */
export type ScaleVocabularyItem = { id: string; nameEn: string; nameNl: string }

/** The agency's vocabulary the scale artists pick their languages and accents from. */
export type ScaleVocabulary = {
  languages: readonly ScaleVocabularyItem[]
  accents: readonly ScaleVocabularyItem[]
}

/**
 * Artist number `n` (1-based). Deterministic for a given `random` sequence; ~5 % are hidden
 * (inactive), as in a real roster. The one function to adapt when the voiceovers schema changes.
 */
export const scaleArtist = ({
  n,
  random,
  now,
  vocabulary,
}: {
  n: number
  random: Random
  now: Date
  vocabulary: ScaleVocabulary
}): ScaleArtist => {
  const name = `${random.pick(firstNames)} ${random.pick(lastNames)} ${n}`
  // A Dutch agency's roster: half the artists are native Dutch speakers, the rest spread out.
  const dutch = vocabulary.languages.find((l) => l.id === 'nl')
  const native = dutch && random.chance(0.5) ? dutch.id : random.pick(vocabulary.languages).id
  const others = vocabulary.languages.filter((l) => l.id !== native && random.chance(0.05))
  const styleCount = random.int(1, 3)
  const styles = [
    ...new Set(Array.from({ length: styleCount }, () => random.pick(voiceStyles).value)),
  ]
  return {
    name,
    slug: scaleArtistSlug(n),
    active: !random.chance(0.05),
    tagline: `${random.pick(taglineOpeners)} voice for ${random.pick(taglineUses)}.`,
    bio: `${name} records from a home studio and has worked for agencies across the Benelux since ${random.int(1995, 2024)}.`,
    gender: random.pick(genders).value,
    ageRange: random.pick(ageRanges).value,
    rates: ratesFrom(random.int(20, 90) * 500),
    turnaroundDays: random.int(1, 7),
    rushAvailable: random.chance(0.4),
    languages: [
      { language: native, native: true },
      ...others.slice(0, 2).map((l) => ({ language: l.id, native: false })),
    ],
    styles,
    accents:
      random.chance(0.7) && vocabulary.accents.length > 0
        ? [random.pick(vocabulary.accents).id]
        : [],
    createdAt: new Date(now.getTime() - random.int(0, SCALE_HISTORY_DAYS) * DAY_MS),
  }
}

/** The customer's and the artist's ids a booking points at, and the artist's rates. */
export type ScaleBookingParties = {
  customerId: number
  voiceoverId: number
  artistUserId: number | null
  rates: Record<ProjectType, number>
}

/** One booking row (the columns the lists, the dashboard and the invoices read). */
export type ScaleBooking = {
  reference: string
  projectTitle: string
  projectType: ProjectType
  status: BookingStatus
  wordCount: number
  rushOrder: boolean
  deadline: Date | null
  quotedPrice: number
  finalPrice: number | null
  customerId: number
  voiceoverId: number
  artistUserId: number | null
  createdAt: Date
  statusChangedAt: Date
  idempotencyKey: string
}

const openStatuses: BookingStatus[] = [
  'pending_script',
  'script_received',
  'in_production',
  'review',
]

/**
 * A booking made `ageDays` before `now` with the year's `sequence` number. Older bookings are
 * mostly finished (≈ 88 % completed, 10 % cancelled); those of the last month spread over the open
 * statuses. A booking still waiting for its script has no deadline yet (as in the real workflow).
 */
export const scaleBooking = ({
  key,
  sequence,
  parties,
  random,
  now,
}: {
  /** Unique per booking: stored as the idempotency key, so a re-run can count what exists. */
  key: string
  sequence: (year: number) => number
  parties: ScaleBookingParties
  random: Random
  now: Date
}): ScaleBooking => {
  // Skewed towards recent months: more bookings lately, as a growing agency has.
  const ageDays = Math.floor(SCALE_HISTORY_DAYS * random.next() ** 1.5)
  const createdAt = new Date(now.getTime() - ageDays * DAY_MS - random.int(0, DAY_MS - 1))
  const roll = random.next()
  const status: BookingStatus =
    ageDays > 30
      ? roll < 0.88
        ? 'completed'
        : roll < 0.98
          ? 'cancelled'
          : random.pick(openStatuses)
      : roll < 0.25
        ? 'completed'
        : roll < 0.3
          ? 'cancelled'
          : random.pick(openStatuses)
  const projectType = random.pick(projectTypes).value
  const rushOrder = random.chance(0.1)
  const quotedPrice = Math.round(parties.rates[projectType] * (rushOrder ? 1.5 : 1))
  const deadline =
    status === 'pending_script'
      ? null
      : new Date(createdAt.getTime() + random.int(1, rushOrder ? 2 : 10) * DAY_MS)
  const statusChangedAt = new Date(
    Math.min(now.getTime(), createdAt.getTime() + random.int(0, 14) * DAY_MS),
  )
  const year = bookingReferenceYear(createdAt)
  return {
    reference: formatBookingReference({ year, sequence: sequence(year) }),
    projectTitle: `${random.pick(projectWords)} ${random.int(1, 999)}`,
    projectType,
    status,
    wordCount: random.int(50, 5000),
    rushOrder,
    deadline,
    quotedPrice,
    finalPrice: status === 'completed' ? quotedPrice : null,
    customerId: parties.customerId,
    voiceoverId: parties.voiceoverId,
    artistUserId: parties.artistUserId,
    createdAt,
    statusChangedAt,
    idempotencyKey: key,
  }
}

/**
 * An index in [0, count) skewed like real demand: a few popular artists / regular customers get many
 * bookings, most get a few (the first 20 % of the items receive about half of the picks).
 */
export const skewedIndex = (random: Random, count: number): number =>
  Math.min(count - 1, Math.floor(count * random.next() ** 2.2))

export { firstNames as scaleFirstNames, lastNames as scaleLastNames }

/** The catalog's "from" price of an artist: the lowest of their rates, in cents (as `setFromRate`). */
export const scaleFromRate = (artist: ScaleArtist): number =>
  Math.min(...Object.values(artist.rates))

/** The artist's search document (`voiceover_search`), as `refreshVoiceoverSearch` writes it. */
export const scaleSearchDocument = (artist: ScaleArtist, vocabulary: ScaleVocabulary): string => {
  const names = (ids: readonly string[], list: readonly ScaleVocabularyItem[]) =>
    ids.flatMap((id) => {
      const item = list.find((x) => x.id === id)
      return item ? [{ en: item.nameEn, nl: item.nameNl }] : []
    })
  return searchDocument({
    name: artist.name,
    tagline: artist.tagline,
    bio: artist.bio,
    styles: artist.styles,
    languages: names(
      artist.languages.map((l) => l.language),
      vocabulary.languages,
    ),
    accents: names(artist.accents, vocabulary.accents),
  })
}
