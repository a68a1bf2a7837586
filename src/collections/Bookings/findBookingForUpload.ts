import type { PayloadRequest } from 'payload'

import { isWellFormedId } from '@/domain/queryShape'
import type { Sentence } from '@/errors/sentence'
import { UserError } from '@/errors/UserError'
import { checkRole } from '@/access/checkRole'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

import { relationId } from './actorFor'

/**
 * The booking a private upload (script, delivery) is for, read with the caller's own access (so a
 * booking they can't see is "not found"), and checked to be theirs in the given role — the booking's
 * customer or its assigned artist — unless they are an admin.
 */
export const findBookingForUpload = async ({
  req,
  bookingRef,
  party,
  what,
  refusal,
}: {
  req: PayloadRequest
  bookingRef: unknown
  party: 'customer' | 'artist'
  what: 'script' | 'delivery'
  refusal: Sentence
}): Promise<Booking> => {
  const bookingId = relationId(bookingRef)
  if (bookingId === null || bookingId === '') {
    throw new UserError({ key: 'booking.sayWhichBooking', values: { what } }, 400)
  }
  if (!isWellFormedId(bookingId)) {
    throw new UserError({ key: 'booking.bookingIdInvalid' }, 400)
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
  if (!booking) throw new UserError({ key: 'booking.notFound' }, 404)
  const isParty = String(relationId(booking[party])) === String(req.user?.id)
  if (!isParty && !checkRole(['admin'], req.user)) throw new UserError(refusal, 403)
  return booking
}
