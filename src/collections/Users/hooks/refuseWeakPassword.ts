import type { CollectionBeforeOperationHook } from 'payload'

import { isCommonPassword } from '@/domain/commonPasswords'
import { passwordProblem } from '@/domain/password'
import { UserError } from '@/errors/UserError'

/**
 * Refuses a weak new password (400 with the reason, `passwordProblem`) wherever one is set:
 * registration, a user's own update, and the reset-password link. Payload itself accepts any
 * non-empty password. Runs before Payload hashes anything, on every API (REST, admin, Local API).
 */
export const refuseWeakPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  if (typeof data?.password !== 'string') return args
  const email = typeof data.email === 'string' ? data.email : (req.user?.email ?? null)
  const problem = passwordProblem({ password: data.password, email, isCommon: isCommonPassword })
  if (problem) throw new UserError(problem, 400)
  return args
}
