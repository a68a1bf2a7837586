import { addressFromServer } from './clientAddressHeader.mjs'

/**
 * The address of the client that sent this request, as far as this deployment can trust it, for
 * the audit trail and per-address rate limits. Input: the request's headers. Output: an IPv4/IPv6
 * address string, or null when no address can be trusted. Never throws.
 *
 * Under `npm start` (scripts/start.mjs) that is the socket's peer, or, when the peer is one of
 * `TRUSTED_PROXIES`, the address they forwarded in `X-Forwarded-For` (proxy-addr's walk). Under
 * `next dev` or a plain `next start` the app never sees the socket and Next.js keeps a client-sent
 * `X-Forwarded-For`, so nothing is trusted and this is null.
 */
export const requestClientAddress = (headers: Headers | null | undefined): string | null =>
  addressFromServer(headers)
