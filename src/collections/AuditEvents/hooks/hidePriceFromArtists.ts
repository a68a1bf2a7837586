import type { FieldHook } from 'payload'

import type { AuditEvent } from '@/payload-types'

/** Keys of an event's `details` that state or reveal what the customer pays. */
const PRICE_KEYS = ['quotedPrice', 'finalPrice', 'quoteBreakdown', 'total'] as const

/**
 * Field hook on `details` (afterRead): an artist reads the events of their bookings, but not the
 * customer's price — a booking's creation records the quoted price and an invoice its total — so
 * those keys are removed when an artist reads. Everyone else gets the details unchanged.
 * Input: the stored details (any JSON). Output: the same value, minus the price keys for artists.
 */
export const hidePriceFromArtists: FieldHook<AuditEvent, AuditEvent['details']> = ({
  value,
  req,
}) => {
  if (req.user?.role !== 'voiceover') return value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !(PRICE_KEYS as readonly string[]).includes(key)),
  )
}
