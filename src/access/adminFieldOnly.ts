import type { FieldAccess } from 'payload'

import { checkRole } from './checkRole'

/** Field-level: returns `true` only for admins. */
export const adminFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(['admin'], user)
