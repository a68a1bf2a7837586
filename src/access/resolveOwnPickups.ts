import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'

/**
 * Update access for review comments: returns `true` for admins, a `Where` on the comments of the
 * artist's own bookings for artists (field access then lets them change `resolved` only), `false`
 * for everyone else — a customer's comment is a record once sent.
 */
export const resolveOwnPickups: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  if (!checkRole(['voiceover'], user)) return false
  const own: Where = { artist: { equals: user.id } }
  return own
}
