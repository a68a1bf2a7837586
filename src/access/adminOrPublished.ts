import type { Access } from 'payload'

import { checkRole } from './checkRole'

/**
 * Returns `true` for admins (drafts included), and for everyone else a `Where` that matches only
 * published documents (Payload's `_status` of a collection with drafts).
 */
export const adminOrPublished: Access = ({ req: { user } }) =>
  checkRole(['admin'], user) ? true : { _status: { equals: 'published' } }
