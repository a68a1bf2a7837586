import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'

/**
 * Read access to a booking's private files (list, read and the file route), by who made them:
 * returns `true` for admins; for the party who made the file (the customer's script, the artist's
 * delivery) a `Where` on their own files; for the other party a `Where` on the booking's files only
 * while the booking is not cancelled — an artist keeps no access to the confidential script of a
 * cancelled booking, a customer none to audio of a booking cancelled for not paying; `false` for
 * everyone else. The file route uses this too, so guessing a filename gets nothing.
 */
export const readBookingFile =
  ({ madeBy }: { madeBy: 'customer' | 'artist' }): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (checkRole(['admin'], user)) return true
    const party = user.role === 'voiceover' ? 'artist' : 'customer'
    const own: Where = { [party]: { equals: user.id } }
    if (party === madeBy) return own
    return { and: [own, { 'booking.status': { not_equals: 'cancelled' } }] }
  }
