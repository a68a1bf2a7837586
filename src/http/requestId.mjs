// Plain JavaScript: the production server's front cache (src/http/frontCache.mjs) answers API
// requests before Next.js and must give them the same ids as src/http/requestContext.ts does.
import crypto from 'node:crypto'

const SANE_ID = /^[A-Za-z0-9._-]{8,64}$/

/**
 * A request id for `incoming` (the caller's `X-Request-Id` if sane: 8–64 of letters, digits, `.`,
 * `_`, `-`), else 16 random hex characters.
 * @param {string | null | undefined} incoming
 * @returns {string}
 */
export const requestIdFor = (incoming) =>
  incoming && SANE_ID.test(incoming) ? incoming : crypto.randomBytes(8).toString('hex')
