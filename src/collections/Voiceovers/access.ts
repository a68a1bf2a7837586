import type { Access, Where } from 'payload'

import { checkRole } from '@/access/checkRole'

/** Returns `true` for admins; otherwise a `Where`: active profiles, plus the artist's own profile. */
export const readActiveOrOwnProfile: Access = ({ req: { user } }) => {
  if (checkRole(['admin'], user)) return true
  if (user && checkRole(['voiceover'], user)) {
    const visible: Where = { or: [{ active: { equals: true } }, { user: { equals: user.id } }] }
    return visible
  }
  return { active: { equals: true } }
}

/** Returns `true` for admins, a `Where` on the artist's own profile for artists, `false` otherwise. */
export const updateOwnProfile: Access = ({ req: { user } }) => {
  if (checkRole(['admin'], user)) return true
  if (user && checkRole(['voiceover'], user)) return { user: { equals: user.id } }
  return false
}
