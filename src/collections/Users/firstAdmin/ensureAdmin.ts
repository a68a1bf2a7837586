import type { Payload } from 'payload'

import { passwordProblem } from '@/domain/password'
import { isCommonPassword } from '@/domain/commonPasswords'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

import { TRUSTED_ROLE } from '../trustedRole'

export type EnsureAdminResult =
  /** No admin existed; this account was created. */
  | { outcome: 'created'; id: number; email: string }
  /** An admin already existed (its email); nothing was created or changed. */
  | { outcome: 'exists'; email: string }

// System lookups and the create below bypass access on purpose: no user acts (start-up or the
// operator's `npm run create-admin`), and the question is about every account.
const findByEmail = async (payload: Payload, email: string) =>
  (
    await payload.find({
      collection: slugs.users,
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

const anyAdmin = async (payload: Payload) =>
  (
    await payload.find({
      collection: slugs.users,
      where: { role: { equals: 'admin' } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/**
 * Creates the first admin account of a database when it has none (issue 11, item 9).
 * In: the Payload instance, the admin's email (trimmed, lowercased) and password.
 * Out: `{ outcome: 'created', id, email }`, or `{ outcome: 'exists', email }` when any admin already
 * exists — that admin is never changed, whatever the password given.
 * Throws a 400 `UserError` when the password fails the registration policy (`passwordProblem`,
 * src/domain/password.ts), and a 409 `UserError` when the email belongs to an account that is not
 * an admin (promoting it would hand the panel to whoever registered that address first).
 *
 * Race-safe for instances starting at once with the same ADMIN_EMAIL: the unique email index lets
 * one insert win; the loser finds that admin and answers `exists`. (Two instances configured with
 * *different* emails at the same moment could each create one; that is a configuration error.)
 * System code: every Local API call overrides access.
 */
export const ensureAdmin = async ({
  payload,
  email: rawEmail,
  password,
}: {
  payload: Payload
  email: string
  password: string
}): Promise<EnsureAdminResult> => {
  const email = rawEmail.trim().toLowerCase()
  const admin = await anyAdmin(payload)
  if (admin) return { outcome: 'exists', email: admin.email }
  const problem = passwordProblem({ password, email, isCommon: isCommonPassword })
  if (problem) throw new UserError({ key: 'auth.adminPasswordRefused', values: { problem } }, 400)
  const taken = await findByEmail(payload, email)
  const refuseTaken = (role: string) =>
    new UserError({ key: 'auth.adminEmailTaken', values: { email, role } }, 409)
  if (taken) throw refuseTaken(taken.role)
  try {
    const created = await payload.create({
      collection: slugs.users,
      data: { email, password, role: 'admin', name: 'Admin' },
      context: { [TRUSTED_ROLE]: true },
      overrideAccess: true,
    })
    return { outcome: 'created', id: created.id, email: created.email }
  } catch (error) {
    // Another instance may have inserted the same email a moment ago.
    const winner = await findByEmail(payload, email)
    if (winner?.role === 'admin') return { outcome: 'exists', email: winner.email }
    if (winner) throw refuseTaken(winner.role)
    throw error
  }
}
