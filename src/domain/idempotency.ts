/**
 * Whether a repeated `Idempotency-Key` request asks for the same booking as the one the key already
 * created. As Stripe does (and the IETF Idempotency-Key draft, §2.2), a key reused with a different
 * request is refused (422) rather than silently answered with the first result. Compared: the
 * booking-request fields the second request sends, against what the first one stored; fields it
 * leaves out aren't compared (the first request's defaults stand for them). Pure.
 *
 * Returns the names of the fields that differ (empty when the requests match).
 */
export const BOOKING_REQUEST_FIELDS = [
  'voiceover',
  'projectTitle',
  'projectType',
  'directionNotes',
  'wordCount',
  'rushOrder',
  'usage.media',
  'usage.region',
  'usage.term',
] as const

const valueAt = (source: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => {
    if (value === null || typeof value !== 'object') return undefined
    return (value as Record<string, unknown>)[key]
  }, source)

/** A relationship as an id; numbers, numeric strings and booleans as their string form. */
const comparable = (value: unknown): string => {
  if (value && typeof value === 'object' && 'id' in value)
    return String((value as { id: unknown }).id)
  if (value === null || value === undefined || value === '') return ''
  return String(value).trim()
}

export const idempotencyMismatch = ({
  stored,
  requested,
}: {
  stored: unknown
  requested: unknown
}): string[] =>
  BOOKING_REQUEST_FIELDS.filter((field) => {
    const asked = valueAt(requested, field)
    if (asked === undefined) return false
    const had = valueAt(stored, field)
    if (field === 'rushOrder') return Boolean(had) !== (asked === true || asked === 'true')
    return comparable(had) !== comparable(asked)
  })
