import type { CollectionAfterOperationHook } from 'payload'

import { slugs } from '@/slugs'

type Incoming = { password?: unknown; email?: unknown }

/**
 * After a person's password or email address changed, every other session of that account ends
 * (OWASP ASVS 5.0 §7.4.3): the browser that made the change stays logged in, a stolen session
 * doesn't. A password an admin set for someone else ends all of that person's sessions. Runs once
 * the update has succeeded; written straight to the row, as Payload's own reset-password does
 * (`sessions` is no field the API writes).
 */
export const endOtherSessions: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'updateByID') return result
  const { data, id } = args as { data?: Incoming; id?: number | string }
  const own = Boolean(req.user && String(req.user.id) === String(id))
  const passwordChanged = typeof data?.password === 'string' && data.password !== ''
  const emailChanged =
    own &&
    typeof data?.email === 'string' &&
    data.email.trim().toLowerCase() !== String(req.user?.email ?? '').toLowerCase()
  if (id === undefined || (!passwordChanged && !emailChanged)) return result
  const stored = (await req.payload.db.findOne({
    collection: slugs.users,
    where: { id: { equals: id } },
    req,
  })) as { sessions?: { id: string }[] | null } | null
  const current = own ? (req.user as { _sid?: string })._sid : undefined
  const keep = (stored?.sessions ?? []).filter((s) => current !== undefined && s.id === current)
  await req.payload.db.updateOne({
    collection: slugs.users,
    id,
    data: { sessions: keep },
    req,
  })
  return result
}
