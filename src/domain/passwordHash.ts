import crypto from 'node:crypto'

// Payload 3.90's stored password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// PBKDF2-SHA256 with a hex salt; current hashes carry a prefix (600,000 iterations, 32-byte key),
// legacy ones none (25,000 iterations, 512-byte key). Payload doesn't export its check.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

/**
 * Whether `password` is the one stored as `hash` with `salt` (a user row's `hash` and `salt`
 * columns). Input: the candidate password and the stored values (null when the account has no
 * password, e.g. erased). Output: true only for the right password; compared in constant time.
 * Never throws.
 */
export const matchesStoredPassword = async ({
  password,
  hash,
  salt,
}: {
  password: string
  hash: string | null | undefined
  salt: string | null | undefined
}): Promise<boolean> => {
  if (typeof hash !== 'string' || typeof salt !== 'string' || !hash || !salt) return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const [iterations, keyLength] = current ? [600_000, 32] : [25_000, 512]
  const derived = await new Promise<Buffer | null>((resolve) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      resolve(error ? null : key),
    ),
  )
  return (
    derived !== null && derived.length === stored.length && crypto.timingSafeEqual(derived, stored)
  )
}
