import type { Access, Where } from 'payload'

import { checkRole } from '@/access/checkRole'
import { publishedToCustomer } from '@/access/readDelivery'

/** Returns `true` for admins, a `Where` on the customer's own deliveries shown to them for customers, `false` otherwise (decisions are the customer's). */
export const decideOwnDeliveries: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  if (!checkRole(['customer'], user)) return false
  const own: Where = { and: [{ customer: { equals: user.id } }, publishedToCustomer] }
  return own
}

/** Returns `true` for artists and admins: only they deliver audio (the booking check is in prepareDelivery). */
export const artistsAndAdmins: Access = ({ req: { user } }) =>
  checkRole(['voiceover', 'admin'], user)
