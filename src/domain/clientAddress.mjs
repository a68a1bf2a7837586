// Plain JavaScript (types in JSDoc) because two worlds import it: the production server
// (scripts/start.mjs through src/http/clientAddressHeader.mjs, run by Node without a build step) and
// the app (src/env.ts validates TRUSTED_PROXIES with it). Pure: no I/O, no process.env.
import { isIP } from 'node:net'

import proxyaddr from 'proxy-addr'

/** The named ranges proxy-addr knows (RFC 1122 loopback, RFC 3927/4291 link-local, RFC 1918/4193). */
export const TRUSTED_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal']

/**
 * Reads `TRUSTED_PROXIES`: a comma-separated list of IP addresses, CIDR ranges (`10.0.0.0/8`,
 * `2001:db8::/32`) and the names `loopback`, `linklocal`, `uniquelocal` (proxy-addr's notation,
 * the same as Express's `trust proxy`). Empty or missing means no proxy is trusted.
 *
 * @param {string | null | undefined} value the variable as set
 * @returns {string[]} the entries, trimmed, in order
 * @throws {Error} naming every entry that is none of the above, so start-up stops with a readable message
 */
export const parseTrustedProxies = (value) => {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const invalid = entries.filter((entry) => {
    if (TRUSTED_PROXY_NAMES.includes(entry)) return false
    // proxy-addr also reads inet_aton shorthands ("1" is 0.0.0.1): nobody means those.
    if (!isIP(entry.split('/')[0] ?? '')) return true
    try {
      proxyaddr.compile(entry)
      return false
    } catch {
      return true
    }
  })
  if (invalid.length > 0) {
    throw new Error(
      `${invalid.map((entry) => JSON.stringify(entry)).join(', ')}: each entry must be an IP ` +
        `address, a CIDR range (10.0.0.0/8, 2001:db8::/32) or one of ${TRUSTED_PROXY_NAMES.join(', ')}`,
    )
  }
  return entries
}

/**
 * Compiles validated `TRUSTED_PROXIES` entries once into proxy-addr's predicate, for a server that
 * asks it on every request.
 *
 * @param {string[]} entries from `parseTrustedProxies`
 * @returns {(address: string, hop: number) => boolean} true for an address of a trusted proxy
 */
export const compileTrustedProxies = (entries) => proxyaddr.compile(entries)

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case the
 * `X-Forwarded-For` list is walked from the right (each proxy appends the address it saw) past
 * every trusted proxy to the first address that isn't one. Entries left of that are the client's
 * own words and never used. Same algorithm as Express's `req.ip` (proxy-addr).
 *
 * @param {{
 *   socketAddress: string | null | undefined,
 *   forwardedFor: string | string[] | null | undefined,
 *   trust: string[] | ((address: string, hop: number) => boolean),
 * }} input the TCP peer's address, the request's X-Forwarded-For header(s), and the trusted
 *   proxies (entries from `parseTrustedProxies` or the predicate from `compileTrustedProxies`)
 * @returns {string | null} an IPv4 or IPv6 address (IPv4-mapped IPv6 written as IPv4), or null when
 *   there is no socket address or a trusted proxy forwarded something that is no address
 */
export const clientAddress = ({ socketAddress, forwardedFor, trust }) => {
  if (!socketAddress) return null
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  const address = proxyaddr(
    /** @type {import('node:http').IncomingMessage} */ (
      /** @type {unknown} */ ({
        socket: { remoteAddress: socketAddress },
        headers: header ? { 'x-forwarded-for': header } : {},
      })
    ),
    trust,
  )
  const unmapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1] ?? address
  return isIP(unmapped) ? unmapped : null
}
