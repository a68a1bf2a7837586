import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'

/**
 * For `payload-preferences` (the admin panel's remembered columns, tabs and such): returns a `Where`
 * matching the preferences of the requesting admin themself, `false` for everyone else — customers
 * and artists have no panel, and one admin's preferences are not another's business.
 */
export const adminsOwnPreferences: Access = ({ req: { user } }) => {
  if (!user || !checkRole(['admin'], user)) return false
  const own: Where = {
    and: [
      { 'user.value': { equals: user.id } },
      { 'user.relationTo': { equals: user.collection } },
    ],
  }
  return own
}
