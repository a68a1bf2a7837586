import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'
import { AuthenticationError } from 'payload'

import { slugs } from '@/slugs'

// Payload 3.90's password hash: PBKDF2-SHA256, 600,000 iterations, 32-byte key
// (payload/dist/auth/strategies/local/generatePasswordSaltHash.js). A wrong password costs one
// such derivation; the same derivation here makes an unknown or locked account cost as much.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

const deriveOnce = (password: string) =>
  new Promise<void>((resolve) => {
    crypto.pbkdf2(password, DUMMY_SALT, ITERATIONS, KEY_LENGTH, 'sha256', () => resolve())
  })

/**
 * Login: an email without an account, or an account that is locked, answers exactly like a wrong
 * password — same 401, same sentence — after the same password-hash work (OWASP ASVS 5.0 §6.3.8:
 * no account enumeration through answers or timing). Payload itself answers an unknown email at
 * once (~10 ms against ~200 ms for a wrong password) and a locked account with its own sentence.
 * Costs one indexed lookup per login; malformed requests are left to Payload's validation (400).
 * Throws `AuthenticationError` for a locked account; returns the args unchanged otherwise.
 */
export const answerUnknownLikeWrongPassword: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  if (typeof data?.email !== 'string' || typeof data.password !== 'string' || !data.password.trim())
    return args
  const email = data.email.toLowerCase().trim()
  if (!email) return args
  const user = (await req.payload.db.findOne({
    collection: slugs.users,
    where: { email: { equals: email } },
    select: { lockUntil: true },
    req,
  })) as { lockUntil?: string | null } | null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !locked) return args
  await deriveOnce(data.password)
  // Unknown: Payload finds no account and throws this same error; locked: Payload would say so.
  if (locked) throw new AuthenticationError(req.t)
  return args
}
