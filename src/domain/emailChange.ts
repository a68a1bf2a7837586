/**
 * Changing one's email address is confirmed from the new address (issue 12, "Account"; OWASP ASVS
 * 5.0 §6.4 — the account's identifier changes only when the new mailbox proves it is theirs): the
 * request stores a pending change, a link with a single-use token goes to the new address, and a
 * notice to the old one. The token is random (256 bits) and only its SHA-256 is stored, so a
 * database read doesn't give working links. Pure (node:crypto only).
 */
import crypto from 'node:crypto'

/** How long a confirmation link works, in hours. */
export const EMAIL_CHANGE_EXPIRY_HOURS = 24

/** A fresh token for a link: 32 random bytes, base64url (43 characters, URL-safe). */
export const newEmailChangeToken = (): string => crypto.randomBytes(32).toString('base64url')

/** The stored form of `token`: its SHA-256, hex. Input: the token from the link. */
export const hashEmailChangeToken = (token: string): string =>
  crypto.createHash('sha256').update(token, 'utf8').digest('hex')

/** A token as the link carries it: 43 base64url characters; anything else is refused before a lookup. */
export const isWellFormedToken = (token: unknown): token is string =>
  typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

/** When a link made at `now` stops working. */
export const emailChangeExpiry = (now: Date): Date =>
  new Date(now.getTime() + EMAIL_CHANGE_EXPIRY_HOURS * 60 * 60 * 1000)

/** True when a pending change that expires at `expiresAt` (ISO string or null) no longer works at `now`. */
export const isEmailChangeExpired = (expiresAt: string | null | undefined, now: Date): boolean =>
  !expiresAt || new Date(expiresAt).getTime() <= now.getTime()

/**
 * The address as the account will store it (trimmed, lower-cased, as Payload stores emails), or null
 * when it is not a plausible address (one `@`, a dot in the domain, no spaces, at most 254
 * characters — RFC 5321's path limit). The real check is the confirmation link.
 */
export const normaliseNewEmail = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const email = value.trim().toLowerCase()
  if (email.length > 254) return null
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null
}

/**
 * The address shown in the notice to the old mailbox, partly hidden (`n•••@example.com`): enough
 * for the owner to recognise it, not a gift to whoever reads that mailbox.
 */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@')
  if (at <= 0) return '•••'
  return `${email[0]}•••${email.slice(at)}`
}
