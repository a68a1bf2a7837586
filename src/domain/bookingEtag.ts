import crypto from 'node:crypto'

/** The parts of a booking whose change makes a page showing it stale. */
export type BookingVersionFields = {
  id: number | string
  status: string
  updatedAt: string
  deliveryCount?: number | null
  revisionRounds?: number | null
}

/**
 * The entity tag of a booking's current state (RFC 9110 §8.8.3): a strong, quoted tag that changes
 * whenever the status, the last write (`updatedAt`), the delivered versions or the revision rounds
 * change — deliveries and revision rounds are counted by atomic SQL increments that don't touch
 * `updatedAt`. Input: the booking's scalar fields (depth doesn't matter). Output: e.g.
 * `"b7-3f9a0c1d2e4b5a69"`. Pure; never throws.
 */
export const bookingEtag = (booking: BookingVersionFields): string => {
  const state = [
    booking.id,
    booking.status,
    booking.updatedAt,
    booking.deliveryCount ?? 0,
    booking.revisionRounds ?? 0,
  ].join('|')
  const digest = crypto.createHash('sha256').update(state).digest('hex').slice(0, 16)
  return `"b${booking.id}-${digest}"`
}

/**
 * Whether an `If-Match` header value lets a change apply to a resource whose current tag is `etag`
 * (RFC 9110 §13.1.1): `*` matches any current representation; otherwise the header is a
 * comma-separated list of entity tags compared strongly — a weak tag (`W/"…"`) never matches.
 * Input: the header value (null/undefined when absent) and the current strong tag. Output: true when
 * the header is absent (no precondition) or matches. Pure.
 */
export const ifMatchSatisfied = (header: string | null | undefined, etag: string): boolean => {
  if (header === null || header === undefined || header.trim() === '') return true
  if (header.trim() === '*') return true
  const tags = header.match(/(W\/)?"[^"]*"/g) ?? []
  return tags.some((tag) => !tag.startsWith('W/') && tag === etag)
}
