import type { PayloadRequest } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { compareAndSetStatus } from '@/db/compareAndSetStatus'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

import { findLicenceOfBooking } from './createLicence'

/**
 * Withdraws the usage licence of a completed booking that an admin has just cancelled (the customer
 * gets a credit note, so the right to use the recording goes with it), inside the caller's
 * transaction (`transitionBooking` calls it on every move from `completed` to `cancelled`):
 * 1. the booking's licence moves from `active` or `expired` to `cancelled` — no more reminders
 *    (`sweepLicences` looks at active ones only) and no renewal (`renewLicence` answers 409);
 * 2. when the booking was a renewal, the licence it renewed is `renewed` no longer: it returns to
 *    `active`, or to `expired` when its end has passed, and may be renewed again.
 * Each move is a compare-and-set, so a replayed cancellation changes nothing twice.
 * In: the booking as stored after the change, and the clock. Out: nothing. Throws what the database
 * throws.
 */
export const cancelLicenceOfBooking = async ({
  req,
  booking,
  now = new Date(),
}: {
  req: PayloadRequest
  booking: Booking
  now?: Date
}): Promise<void> => {
  const licence = await findLicenceOfBooking(req, booking.id)
  if (licence) {
    for (const from of ['active', 'expired']) {
      const moved = await compareAndSetStatus({
        req,
        table: slugs.licences,
        id: licence.id,
        from,
        to: 'cancelled',
      })
      if (moved) break
    }
  }
  if (booking.kind !== 'renewal' || !booking.renewalOf) return
  // System read: the licence this renewal renewed, to hand its period back.
  const renewed = await req.payload.findByID({
    collection: slugs.licences,
    id: relationId(booking.renewalOf) as number,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!renewed) return
  const lapsed = Boolean(renewed.endsAt) && new Date(renewed.endsAt as string) < now
  await compareAndSetStatus({
    req,
    table: slugs.licences,
    id: renewed.id,
    from: 'renewed',
    to: lapsed ? 'expired' : 'active',
  })
}
