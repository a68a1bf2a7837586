import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { slugs } from '@/slugs'

/** Context flag that trusted system code (seed, tests' scenario builders) sets to keep the role it passes. */
export const TRUSTED_ROLE = 'trustedRole'

/**
 * Anyone may register, always as a customer. Only an admin (or trusted system code) picks another
 * role. The very first account of an empty installation becomes the admin, which is what Payload's
 * first-register screen is for.
 */
export const assignRole: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (req.context[TRUSTED_ROLE] === true || checkRole(['admin'], req.user)) return data
  if (operation === 'update') {
    return { ...data, role: originalDoc?.role }
  }
  // System count, not on behalf of the caller: decides whether this is the bootstrap account.
  const { totalDocs } = await req.payload.count({
    collection: slugs.users,
    req,
    overrideAccess: true,
  })
  return { ...data, role: totalDocs === 0 ? 'admin' : 'customer' }
}
