import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Returns `true` for admins; a `Where` on the invoice's customer for customers; `false` for artists
 * and visitors. The file route uses it too, so an invoice PDF is only served to those two.
 */
export const ownInvoices: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  if (user.role !== 'customer') return false
  return { customer: { equals: user.id } }
}
