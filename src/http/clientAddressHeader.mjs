// Plain JavaScript (types in JSDoc): the production server (scripts/start.mjs) runs it without a
// build step, and the app (src/http/clientIp.ts) reads what it sets.
import { isIP } from 'node:net'

import { clientAddress } from '../domain/clientAddress.mjs'

/**
 * The request header through which the production server hands the app the client's address it
 * computed from the socket and the trusted proxies. Any copy a client sent is deleted first.
 */
export const CLIENT_ADDRESS_HEADER = 'x-14voices-client-ip'

// A process-wide flag rather than an environment variable, so nothing outside this process can
// claim the header is ours: plain `next start` or `next dev` never sets it.
const SERVED = Symbol.for('14voices.clientAddressHeader')

/**
 * Wraps a Node.js request listener (Next.js's request handler) so every request reaches it with
 * `CLIENT_ADDRESS_HEADER` set to the client's address (see `clientAddress` in
 * src/domain/clientAddress.mjs) and without any client-sent copy of that header. Marks this process
 * as served by such a listener (`clientAddressHeaderIsTrusted`).
 *
 * @template {import('node:http').IncomingMessage} Req
 * @template {import('node:http').ServerResponse} Res
 * @param {(req: Req, res: Res) => unknown} listener the handler to call
 * @param {(address: string, hop: number) => boolean} trust from `compileTrustedProxies`
 * @returns {(req: Req, res: Res) => unknown} the wrapped listener
 */
export const withClientAddress = (listener, trust) => {
  ;/** @type {Record<symbol, unknown>} */ (globalThis)[SERVED] = true
  return (req, res) => {
    delete req.headers[CLIENT_ADDRESS_HEADER]
    const address = clientAddress({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers['x-forwarded-for'],
      trust,
    })
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address
    return listener(req, res)
  }
}

/**
 * The client's address as the production server computed it, for the app.
 *
 * @param {Headers | null | undefined} headers the request's headers (Web API)
 * @returns {string | null} the address, or null when this process has no such server in front of the
 *   app (`next dev`, plain `next start`: the header would be the client's own words) or it computed none
 */
export const addressFromServer = (headers) => {
  if (/** @type {Record<symbol, unknown>} */ (globalThis)[SERVED] !== true) return null
  const value = headers?.get(CLIENT_ADDRESS_HEADER) ?? null
  return value && isIP(value) ? value : null
}
