import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'

/**
 * Read access to a document that names its booking's `customer` and `artist` (messages): returns
 * `true` for admins, a `Where` on documents where the user is the customer or the artist (so lists
 * are filtered by the database), `false` when anonymous.
 */
export const bookingPartyOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const own: Where = { or: [{ customer: { equals: user.id } }, { artist: { equals: user.id } }] }
  return own
}
