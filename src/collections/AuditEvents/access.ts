import type { Access, Where } from 'payload'

import { checkRole } from '@/access/checkRole'

/** Returns `true` for admins; a `Where` on the user's own bookings' events for others; `false` when anonymous. */
export const readOwnBookingEvents: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const own: Where = { or: [{ customer: { equals: user.id } }, { artist: { equals: user.id } }] }
  return own
}
