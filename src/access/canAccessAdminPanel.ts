import type { PayloadRequest } from 'payload'

import { checkRole } from './checkRole'

/** Returns `true` only for admins: customers and artists use the site's dashboards, not /admin. */
export const canAccessAdminPanel = ({ req }: { req: PayloadRequest }): boolean =>
  checkRole(['admin'], req.user)
