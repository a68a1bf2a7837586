import type { Access, Where } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Returns `true` for admins; a `Where` on the booking's customer or assigned artist for them; `false`
 * for everyone else. The file route uses this too, so guessing a filename gets nothing.
 */
export const readOwnBookingFiles: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const own: Where =
    user.role === 'voiceover' ? { artist: { equals: user.id } } : { customer: { equals: user.id } }
  return own
}
