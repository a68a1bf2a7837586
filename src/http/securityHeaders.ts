/**
 * The security headers every response of 14voices carries (OWASP ASVS 4 V14.4, issue 11 item 8):
 * pages, the admin panel, the REST API and the file routes. Pure: `src/proxy.ts` calls it for pages
 * with a fresh nonce, `restRoute` for API and file responses without one.
 */

type SecurityHeaderArgs = {
  /** For a page: a fresh, unguessable value per request (base64, 128 bits, see newNonce). Next.js
   * reads it back from the request's CSP header and puts it on its own inline and bundle scripts.
   * For an API or file response, which is no page: null, and no script may run at all (a file a
   * user uploaded and someone opens in the browser included). */
  nonce: string | null
  /** The public URL of this deployment (env SERVER_URL): HSTS and upgrade-insecure-requests are only
   * sent when it is https, so a plain-http development or test server is never pinned to https. */
  serverURL: string
  /** `next dev`: React's dev build needs `eval` to rebuild server error stacks in the browser. */
  development: boolean
  /** The origin of the public media store's CDN (S3 or Vercel Blob), when pages link it directly
   * (see src/storage/publicStore.ts): allowed for images, audio and the waveform fetch. */
  publicMediaOrigin?: string | null
  /** A page served from Next's cache (catalog, profile; see cachePolicy.isCacheablePage): one HTML
   * for every visitor, so no per-request nonce can be in it (`nonce` is then null). Its scripts are
   * allowed as 'self' plus inline: Next's inline scripts differ per page and render, so neither a
   * nonce nor a hash list fits. Those pages render only escaped text from the database. */
  staticPage?: boolean
}

/** Browser features no page of 14voices uses, switched off for every origin, frames included.
 * Demo and delivery playback is a plain `<audio>` element started by a click, which needs none. */
const DISABLED_FEATURES = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const

/** Two years, as hstspreload.org asks; the whole domain, since no subdomain serves plain http. */
const HSTS = 'max-age=63072000; includeSubDomains'

const isHttps = (serverURL: string): boolean => new URL(serverURL).protocol === 'https:'

/**
 * The Content-Security-Policy for one request, as a header value.
 * - Scripts: on a page, only those carrying this request's nonce, and what they load
 *   ('strict-dynamic'; 'self' only for browsers without CSP 3). On a cached page (`staticPage`):
 *   'self' and inline scripts, since one cached HTML cannot carry a per-request nonce. No host allowlist, so the same
 *   policy works with script hashes instead of a nonce if a page is ever served static. Elsewhere
 *   (nonce null): none.
 * - Styles: 'unsafe-inline' is needed. React renders `style` attributes into the server HTML, and
 *   the admin panel (Payload UI: react-select via emotion, dnd-kit) inserts `<style>` elements at
 *   run time without a nonce. A nonce in style-src would make browsers ignore 'unsafe-inline', so
 *   style-src carries none. Injected styles cannot run script; script-src stays strict.
 * - Images, audio and the waveform peaks: our own origin, and the public media store's CDN origin
 *   when public media lives on S3 or Vercel Blob (pages link those files there directly; private
 *   files never leave Payload's file route), data: for inline icons, blob: for local previews of a
 *   chosen file.
 * - Frames: nobody may frame us (no live preview is configured, so the admin never frames itself).
 *   Fonts, frames and workers fall back to default-src 'self'.
 * Output: directives joined by "; ". Throws a TypeError when `serverURL` is not a URL.
 */
export const contentSecurityPolicy = ({
  nonce,
  serverURL,
  development,
  publicMediaOrigin,
  staticPage = false,
}: SecurityHeaderArgs): string => {
  const media = publicMediaOrigin ? ` ${publicMediaOrigin}` : ''
  const unsafeEval = development ? " 'unsafe-eval'" : ''
  const directives = [
    "default-src 'self'",
    staticPage
      ? `script-src 'self' 'unsafe-inline'${unsafeEval}`
      : nonce === null
        ? "script-src 'none'"
        : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${unsafeEval}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${media}`,
    `media-src 'self' blob:${media}`,
    `connect-src 'self'${media}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  if (isHttps(serverURL)) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

/**
 * Every security header for one response, by header name (lower case). Input: see
 * SecurityHeaderArgs. Output: CSP (see contentSecurityPolicy), X-Frame-Options DENY for browsers
 * without frame-ancestors, nosniff, Referrer-Policy strict-origin-when-cross-origin (other sites
 * see our origin, never a booking's path), Permissions-Policy turning off unused features, and
 * Strict-Transport-Security only when `serverURL` is https. Throws a TypeError when `serverURL` is
 * not a URL.
 */
export const securityHeaders = (args: SecurityHeaderArgs): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy(args),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  ...(isHttps(args.serverURL) ? { 'strict-transport-security': HSTS } : {}),
})

/**
 * A fresh CSP nonce: 128 random bits from the Web Crypto API, base64. Output: a 24-character
 * string, different on every call.
 */
export const newNonce = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
