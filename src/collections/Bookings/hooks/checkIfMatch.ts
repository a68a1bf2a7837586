import type { CollectionBeforeChangeHook } from 'payload'

import { bookingEtag, ifMatchSatisfied } from '@/domain/bookingEtag'
import { UserError } from '@/errors/UserError'
import type { Booking } from '@/payload-types'

/**
 * An update sent with `If-Match` (the `ETag` the caller read) applies only if the booking is still
 * as they read it (RFC 9110 §13.1.1); otherwise 412 and nothing changes. Payload runs the update in
 * a transaction and reads `originalDoc` inside it, so a change committed meanwhile is seen here.
 */
export const checkIfMatch: CollectionBeforeChangeHook<Booking> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (!ifMatchSatisfied(req.headers?.get('if-match'), bookingEtag(originalDoc))) {
    throw new UserError({ key: 'booking.changedSinceLoaded' }, 412)
  }
  return data
}
