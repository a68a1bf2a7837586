import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { relationId } from '@/collections/Bookings/actorFor'
import { findBookingForUpload } from '@/collections/Bookings/findBookingForUpload'
import { incrementColumn } from '@/db/atomicIncrement'
import { slugs } from '@/slugs'

/**
 * A delivery comes from the booking's assigned artist (or an admin) while the booking is being
 * recorded or reviewed. Its version number comes from an atomic counter on the booking row, so two
 * racing uploads get 1 and 2, never 1 and 1.
 */
export const prepareDelivery: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const booking = await findBookingForUpload({
    req,
    bookingRef: data.booking,
    party: 'artist',
    what: 'delivery',
    refusal: { key: 'booking.onlyArtistDelivers' },
  })
  if (booking.status !== 'in_production' && booking.status !== 'review') {
    throw new UserError(
      { key: 'delivery.notInProduction', values: { status: { key: `status.${booking.status}` } } },
      409,
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
    // Hidden from the customer until the technical check passes or the artist releases it.
    qc: { status: 'pending' },
  }
}
