import type { CollectionBeforeOperationHook } from 'payload'

import { matchesStoredPassword } from '@/domain/passwordHash'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

type Incoming = { password?: unknown; email?: unknown; currentPassword?: unknown }

/**
 * A person changing their own password or email address proves it is them: the update must carry
 * `currentPassword` (OWASP ASVS 5.0 §6.2.3 / 4.0 2.1.6), otherwise a stolen session would be enough
 * to take the account over for good. 400 with a sentence when it is missing or wrong; nothing is
 * changed. Admins changing another person's account, and system calls (no user), are not asked.
 * A customer or artist changing their own email address this way is refused (400): their change
 * goes through `POST /api/users/email-change` and a link to the new address; admins may still set
 * their own with the current password.
 * `currentPassword` is removed from the data before Payload sees it.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const { data, id } = args as { data?: Incoming; id?: number | string }
  if (!data) return args
  const { currentPassword, ...rest } = data
  ;(args as { data: Incoming }).data = rest
  const changesPassword = typeof rest.password === 'string' && rest.password !== ''
  if (
    id === undefined &&
    req.user &&
    req.user.role !== 'admin' &&
    (changesPassword || rest.email !== undefined)
  ) {
    // A bulk update (`PATCH /api/users?where=…`) carries no id to check the current password for.
    throw new UserError({ key: 'auth.changeThroughPatch' }, 400)
  }
  const ownAccount = req.user && id !== undefined && String(req.user.id) === String(id)
  const changesEmail =
    typeof rest.email === 'string' &&
    rest.email.trim().toLowerCase() !== String(req.user?.email ?? '').toLowerCase()
  if (!ownAccount || (!changesPassword && !changesEmail)) return args
  if (typeof currentPassword !== 'string' || currentPassword === '') {
    throw new UserError({ key: 'auth.currentPasswordNeeded' }, 400)
  }
  // System read of the caller's own stored hash, which no API returns.
  const stored = (await req.payload.db.findOne({
    collection: slugs.users,
    where: { id: { equals: id } },
    req,
  })) as { hash?: string | null; salt?: string | null } | null
  if (
    !(await matchesStoredPassword({
      password: currentPassword,
      hash: stored?.hash,
      salt: stored?.salt,
    }))
  ) {
    throw new UserError({ key: 'auth.currentPasswordWrong' }, 400)
  }
  // Checked after the password, so a wrong one is always answered as such.
  if (changesEmail && req.user?.role !== 'admin') {
    // An address nobody has proved to own must not become the account's (it is where reset links
    // go): people change it with POST /api/users/email-change, confirmed from the new mailbox.
    throw new UserError({ key: 'emailChange.useSettings' }, 400)
  }
  return args
}
