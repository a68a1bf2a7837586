import type { FieldAccess } from 'payload'

import { checkRole } from './checkRole'

/** Field-level: returns `true` for artists and admins (row access decides whose documents). */
export const artistOrAdminField: FieldAccess = ({ req: { user } }) =>
  checkRole(['voiceover', 'admin'], user)
