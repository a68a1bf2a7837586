import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { checkRole } from '@/access/checkRole'
import { relationId } from '@/collections/Bookings/actorFor'
import { incrementColumn } from '@/db/atomicIncrement'
import { slugs } from '@/slugs'

/**
 * A delivery comes from the booking's assigned artist (or an admin) while the booking is being
 * recorded or reviewed. Its version number comes from an atomic counter on the booking row, so two
 * racing uploads get 1 and 2, never 1 and 1.
 */
export const prepareDelivery: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const bookingId = relationId(data.booking)
  if (bookingId === null || bookingId === '') {
    throw new APIError(
      'Say which booking this delivery is for (field "booking").',
      400,
      undefined,
      true,
    )
  }
  const found = await req.payload.find({
    collection: slugs.bookings,
    where: { id: { equals: bookingId } },
    depth: 0,
    limit: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const booking = found.docs[0]
  if (!booking) throw new APIError('Booking not found.', 404, undefined, true)
  const isArtist = String(relationId(booking.artist)) === String(req.user?.id)
  if (!isArtist && !checkRole(['admin'], req.user)) {
    throw new APIError(
      'Only the artist assigned to this booking can deliver audio.',
      403,
      undefined,
      true,
    )
  }
  if (booking.status !== 'in_production' && booking.status !== 'review') {
    throw new APIError(
      `Audio can be delivered while the booking is in production (it is ${booking.status}).`,
      409,
      undefined,
      true,
    )
  }
  const version = await incrementColumn({
    req,
    table: slugs.bookings,
    column: 'delivery_count',
    id: booking.id,
  })
  return {
    ...data,
    booking: booking.id,
    version,
    customer: relationId(booking.customer),
    artist: relationId(booking.artist),
    uploadedBy: req.user?.id ?? null,
    decision: null,
    decisionNotes: null,
    decidedBy: null,
    decidedAt: null,
  }
}
