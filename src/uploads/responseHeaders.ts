/** Public assets have random, never-reused names (see randomizeFilename), so they may be cached for a year. */
export const publicFileHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

/** Private documents: never cached by shared caches, never sniffed, downloaded rather than rendered. */
export const privateFileHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('Cache-Control', 'private, no-store')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Disposition', 'attachment')
  headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
  return headers
}
