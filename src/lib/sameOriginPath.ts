/**
 * Turns an absolute URL on our own server (Payload builds file URLs from `serverURL`) into a
 * root-relative path, so pages work whatever host name the visitor used. URLs elsewhere (cloud
 * storage) are returned unchanged.
 */
export const sameOriginPath = (url: string, serverURL: string): string => {
  const origin = new URL(serverURL).origin
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : url
}
