import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Returns `true` for admins (inactive rows included), and for everyone else a `Where` on `active`. */
export const adminOrActive: Access = ({ req: { user } }) =>
  checkRole(['admin'], user) ? true : { active: { equals: true } }
