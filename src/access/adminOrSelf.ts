import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Returns `true` for admins, a `Where` matching the user's own record for others, `false` when anonymous. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { id: { equals: user.id } }
}
