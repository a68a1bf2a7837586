import type { Access, FieldAccess, Where } from 'payload'

import { checkRole } from '@/access/checkRole'

/** Returns `true` for customers and admins: artists and visitors don't create bookings. */
export const customersAndAdmins: Access = ({ req: { user } }) =>
  checkRole(['customer', 'admin'], user)

/** Returns `true` for admins; a `Where` on bookings the user is the customer or the assigned artist of; `false` when anonymous. */
export const ownBookings: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const own: Where =
    user.role === 'voiceover' ? { artist: { equals: user.id } } : { customer: { equals: user.id } }
  return own
}

/** Field-level: customers and admins (e.g. a cancellation reason). */
export const customerOrAdminField: FieldAccess = ({ req: { user } }) =>
  checkRole(['customer', 'admin'], user)
