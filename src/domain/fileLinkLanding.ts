import type { Locale } from '@/i18n/locales'

/**
 * Where a browser goes when it opens a private file link (`/api/<collection>/file/<name>`) that it
 * may not download — typically a link from an email, a bookmark or a copied URL opened without a
 * session (issue 13, "every link in every email works for a logged-out person"). An API client
 * keeps its JSON 401/403 sentence; a person gets a page instead of raw JSON. Pure; no errors.
 */

/**
 * True when the request is a person's browser opening the URL as a page (a top-level navigation),
 * not a script, player or API client fetching it:
 * - `Sec-Fetch-Dest: document` (every current browser sends it on navigations) decides when present;
 * - otherwise (old browsers, some mail apps' built-in browsers) an `Accept` that names `text/html`
 *   and doesn't put `application/json` first, as browsers do on navigations and `fetch` doesn't.
 * Input: the request's `Accept` and `Sec-Fetch-Dest` header values (null when absent).
 */
export const isBrowserNavigation = ({
  accept,
  secFetchDest,
}: {
  accept: string | null | undefined
  secFetchDest: string | null | undefined
}): boolean => {
  if (secFetchDest) return secFetchDest.trim().toLowerCase() === 'document'
  const types = (accept ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
  const html = types.indexOf('text/html')
  const json = types.indexOf('application/json')
  return html !== -1 && (json === -1 || html < json)
}

/**
 * The page a refused file link leads to, with its language prefix:
 * - logged out: the login page with `next` set to the file's booking page (or the bookings list
 *   when the file belongs to no booking we know), so logging in lands there (`landingHref`);
 * - logged in but not allowed: the booking page itself, which tells someone logged in with another
 *   account what to do (or the bookings list).
 * Input: `bookingId` (null when unknown), whether a session came with the request, the language.
 * Output: a root-relative path such as `/nl/login?next=%2Fnl%2Faccount%2Fbookings%2F12`.
 */
export const fileLinkLanding = ({
  bookingId,
  loggedIn,
  locale,
}: {
  bookingId: number | string | null
  loggedIn: boolean
  locale: Locale
}): string => {
  const page =
    bookingId !== null && /^\d+$/.test(String(bookingId))
      ? `/${locale}/account/bookings/${bookingId}`
      : `/${locale}/account/bookings`
  return loggedIn ? page : `/${locale}/login?next=${encodeURIComponent(page)}`
}
