/**
 * The client's IP address as far as it can be trusted, from `X-Forwarded-For` (RFC 7239 §5.2 names
 * the same list `for=`). Each proxy appends the address it saw, so with `trustedHops` proxies of our
 * own in front of the app the entry `trustedHops` from the right is the address our outermost proxy
 * saw; everything left of it is what the client claims. With no trusted proxy (0, the default) the
 * header is the client's own words and nothing is recorded: Next.js route handlers see no socket
 * address, and it keeps a client-sent header rather than the socket's. Pure.
 *
 * Returns the address, or null when none can be trusted.
 */
export const clientAddress = ({
  forwardedFor,
  trustedHops,
}: {
  forwardedFor: string | null | undefined
  trustedHops: number
}): string | null => {
  if (trustedHops < 1 || !forwardedFor) return null
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  const address = hops[hops.length - trustedHops]
  return address && /^[0-9A-Fa-f:.[\]]{2,64}$/.test(address) ? address : null
}
