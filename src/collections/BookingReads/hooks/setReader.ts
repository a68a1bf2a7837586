import type { CollectionBeforeValidateHook } from 'payload'

import { UserError } from '@/errors/UserError'
import type { BookingRead } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * A new "seen" mark belongs to whoever makes it (a `user` in the request is ignored) and only for a
 * booking that person may read (404 otherwise, like the booking's page). A system call without a
 * user keeps the `user` it was given.
 */
export const setReader: CollectionBeforeValidateHook<BookingRead> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data || !req.user) return data
  const bookingId =
    typeof data.booking === 'object' && data.booking ? data.booking.id : data.booking
  const visible = await req.payload.count({
    collection: slugs.bookings,
    where: { id: { equals: bookingId ?? 0 } },
    req,
    user: req.user,
    overrideAccess: false,
  })
  if (visible.totalDocs === 0) throw new UserError({ key: 'booking.doesNotExist' }, 404)
  return { ...data, user: req.user.id }
}
