import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'

/**
 * Read access to usage licences: returns `true` for admins, a `Where` on the licences the user holds
 * (its `customer`) or recorded (its `artist`) so lists are filtered by the database, `false` when
 * anonymous.
 */
export const licenceHolderOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const own: Where =
    user.role === 'voiceover' ? { artist: { equals: user.id } } : { customer: { equals: user.id } }
  return own
}
