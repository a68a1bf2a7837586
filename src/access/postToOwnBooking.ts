import type { Access } from 'payload'

import { isWellFormedId } from '@/domain/queryShape'
import { slugs } from '@/slugs'

import { checkRole } from './checkRole'

const relationId = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value
    ? (value as { id: unknown }).id
    : value

/**
 * Create access for a message: returns `true` for admins; for a customer or artist `true` only when
 * `data.booking` is a booking they may read (theirs, by the bookings' own read access), `false`
 * otherwise — someone else's booking and a booking that doesn't exist are refused alike (403), so
 * the answer reveals nothing. Returns `true` when `data.booking` is missing or malformed, so that the
 * collection's hook answers the 400 that says what to send. `false` when anonymous.
 */
export const postToOwnBooking: Access = async ({ req, data }) => {
  const { user } = req
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const bookingId = relationId((data as { booking?: unknown } | undefined)?.booking)
  if (bookingId === null || bookingId === undefined || bookingId === '') return true
  if (!isWellFormedId(bookingId as string | number)) return true
  const found = await req.payload.count({
    collection: slugs.bookings,
    where: { id: { equals: bookingId } },
    req,
    user,
    overrideAccess: false,
  })
  return found.totalDocs > 0
}
