import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { registeredRole } from '@/domain/accountRole'
import { env } from '@/env'
import { slugs } from '@/slugs'

import { TRUSTED_ROLE } from '../trustedRole'

/**
 * Anyone may register, always as a customer. Only an admin (or trusted system code) picks another
 * role. Outside production the very first account of an empty database becomes the admin (Payload's
 * create-first-user screen); in production never — see `registeredRole` (src/domain/accountRole.ts).
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
  return {
    ...data,
    role: registeredRole({ isProduction: env.isProduction, existingUsers: totalDocs }),
  }
}
