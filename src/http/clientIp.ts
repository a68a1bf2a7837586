import { clientAddress } from '@/domain/clientAddress'
import { env } from '@/env'

/**
 * The address of the client that sent this request, as far as this deployment can trust it, for
 * the audit trail and per-address rate limits. Input: the request's headers. Output: an IPv4/IPv6
 * address string, or null when no address can be trusted. Never throws.
 */
export const requestClientAddress = (headers: Headers | null | undefined): string | null =>
  clientAddress({
    forwardedFor: headers?.get('x-forwarded-for'),
    trustedHops: env.TRUSTED_PROXY_HOPS,
  })
