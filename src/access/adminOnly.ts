import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Returns `true` for admins, `false` for everyone else. */
export const adminOnly: Access = ({ req: { user } }) => checkRole(['admin'], user)
