/**
 * Time-coded review comments on a delivered version ("pickups"): how a moment is written, which
 * times are valid, how open comments become a numbered pickup list, and in which version a pickup
 * is resolved. Pure: no Payload import; times are seconds (floating point) from the start of the file.
 */

/** The longest comment body, in characters (a pickup note, not a letter). */
export const REVIEW_COMMENT_MAX_LENGTH = 2000

/**
 * A moment as `m:ss.s` (minutes unpadded, seconds to one decimal, rounded to the nearest tenth):
 * 2.04 → "0:02.0", 75.36 → "1:15.4", 3600 → "60:00.0". Negative or non-finite input is written as 0.
 */
export const formatTimecode = (seconds: number): string => {
  const tenths = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 10) : 0
  const minutes = Math.floor(tenths / 600)
  const rest = tenths - minutes * 600
  const whole = Math.floor(rest / 10)
  return `${minutes}:${String(whole).padStart(2, '0')}.${rest % 10}`
}

/** `start` alone, or `start–end` for a region. */
export const formatSpan = (start: number, end: number | null | undefined): string =>
  typeof end === 'number'
    ? `${formatTimecode(start)}–${formatTimecode(end)}`
    : formatTimecode(start)

export type ReviewTimeProblem =
  | 'startMissing'
  | 'startNotNumber'
  | 'startNegative'
  | 'startPastEnd'
  | 'endNotNumber'
  | 'endNotAfterStart'
  | 'endPastEnd'

/**
 * What is wrong with a comment's times, or null when they are fine. `startSeconds` must be a finite
 * number ≥ 0 and, when the version's duration is known, ≤ that duration; `endSeconds` is optional
 * (null/undefined for a moment) and otherwise a finite number > start and ≤ the duration. Strings
 * are not numbers here: the REST body must carry JSON numbers.
 */
export const reviewTimeProblem = ({
  startSeconds,
  endSeconds,
  durationSeconds,
}: {
  startSeconds: unknown
  endSeconds: unknown
  durationSeconds: number | null | undefined
}): ReviewTimeProblem | null => {
  if (startSeconds === null || startSeconds === undefined) return 'startMissing'
  if (typeof startSeconds !== 'number' || !Number.isFinite(startSeconds)) return 'startNotNumber'
  if (startSeconds < 0) return 'startNegative'
  const known = typeof durationSeconds === 'number' && durationSeconds > 0
  if (known && startSeconds > durationSeconds) return 'startPastEnd'
  if (endSeconds === null || endSeconds === undefined) return null
  if (typeof endSeconds !== 'number' || !Number.isFinite(endSeconds)) return 'endNotNumber'
  if (endSeconds <= startSeconds) return 'endNotAfterStart'
  if (known && endSeconds > durationSeconds) return 'endPastEnd'
  return null
}

/** A comment as the pickup list needs it. */
export type PickupSource = {
  id: number
  /** The version the comment was made on. */
  version: number
  startSeconds: number
  endSeconds?: number | null
  body: string
}

/** One line of a revision request's pickup list. */
export type Pickup = PickupSource & { number: number }

/**
 * The numbered pickup list of a revision request: the open comments ordered by version, then by
 * where they start in it (earlier first), then by id (the order they were written), numbered from 1.
 */
export const numberPickups = (open: readonly PickupSource[]): Pickup[] =>
  [...open]
    .sort((a, b) => a.version - b.version || a.startSeconds - b.startSeconds || a.id - b.id)
    .map((comment, index) => ({ ...comment, number: index + 1 }))

/**
 * The pickup list as plain text for the artist's email, one line per pickup:
 * `1. 0:02.0 — Say "Amsterdam" warmer` (regions as `0:02.0–0:04.5`). Empty for no pickups.
 */
export const pickupListText = (pickups: readonly Pickup[]): string =>
  pickups
    .map((p) => `${p.number}. ${formatSpan(p.startSeconds, p.endSeconds)} — ${p.body}`)
    .join('\n')

/**
 * The version a pickup counts as resolved in: the booking's newest version when it is newer than
 * the version the comment was made on, else null — a pickup is resolved by a new take, so it can't
 * be marked resolved before the next version is delivered.
 */
export const resolutionVersion = ({
  commentVersion,
  latestVersion,
}: {
  commentVersion: number
  latestVersion: number | null | undefined
}): number | null =>
  typeof latestVersion === 'number' && latestVersion > commentVersion ? latestVersion : null

/** Waveform min/max pairs per second of a delivery (enough to place a comment to a tenth). */
export const DELIVERY_PEAK_PAIRS_PER_SECOND = 20
/** Fewest and most pairs a delivery's waveform has: short takes stay smooth, long files small. */
export const DELIVERY_PEAK_PAIRS_MIN = 1000
export const DELIVERY_PEAK_PAIRS_MAX = 12_000

/**
 * How many min/max pairs a delivery of `durationSeconds` gets: 20 per second, at least 1000 and at
 * most 12 000 (a 10-minute take: 12 000 pairs, about 100 kB of JSON). Unknown duration: the minimum.
 */
export const deliveryPeakPairs = (durationSeconds: number): number => {
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return DELIVERY_PEAK_PAIRS_MIN
  const wanted = Math.ceil(durationSeconds * DELIVERY_PEAK_PAIRS_PER_SECOND)
  return Math.min(DELIVERY_PEAK_PAIRS_MAX, Math.max(DELIVERY_PEAK_PAIRS_MIN, wanted))
}
