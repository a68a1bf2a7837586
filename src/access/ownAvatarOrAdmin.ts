import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Returns `true` for admins, a `Where` on the user's own avatars for others, `false` when anonymous. */
export const ownAvatarOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { user: { equals: user.id } }
}
