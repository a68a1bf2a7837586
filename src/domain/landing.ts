import { isLocale, type Locale } from '@/i18n/locales'

/** Site pages about logging in itself: returning to one of them after logging in means nothing. */
const AUTH_PAGES = ['/login', '/register', '/forgot-password', '/reset-password']

/** Pages that exist only for someone logged in: a `next` here came from a link (an email's). */
const ACCOUNT_AREAS = ['/account', '/dashboard', '/dev']

const isUnder = (path: string, area: string): boolean =>
  path === area ||
  path.startsWith(`${area}/`) ||
  path.startsWith(`${area}?`) ||
  path.startsWith(`${area}#`)

/**
 * A site path without its language prefix: `/en/account/bookings/7` → `/account/bookings/7`,
 * `/nl` → `/`, `/voiceovers/anna` unchanged. Input: a root-relative path (query and hash kept).
 */
export const withoutLocale = (path: string): string => {
  const match = /^\/([a-z]{2})(?=[/?#]|$)(.*)$/.exec(path)
  if (!match || !isLocale(match[1])) return path
  const rest = match[2] ?? ''
  return rest.startsWith('/') ? rest : `/${rest}`
}

/**
 * The same path in `locale`: `/account/bookings?x=1` → `/en/account/bookings?x=1`; a path that
 * already carries a language gets `locale` instead. The site's routing prefixes every page
 * (`localePrefix: 'always'`, src/i18n/routing.ts), so this is the URL the browser ends on.
 */
export const localizedPath = (path: string, locale: Locale): string => {
  const bare = withoutLocale(path)
  return bare === '/' ? `/${locale}` : `/${locale}${bare.startsWith('/') ? '' : '/'}${bare}`
}

/**
 * Where a person lands after logging in, registering or choosing a new password (issue 12,
 * "Account"), as a path without language (for `redirect` from `@/i18n/navigation`):
 * - Artists (`voiceover`) land on their dashboard — unless `next` is a page that needs an account
 *   (a booking, their data, the outbox): then they followed a link there, e.g. in an email.
 * - Customers and admins land on `next` — the page they followed a link to, or the page they
 *   clicked "Log in" on — and without one on their bookings.
 * `next` must already be a safe same-origin path (`safeNextPath`) or null; with or without a
 * language prefix. A `next` that is itself a login, registration or reset page counts as none.
 * Pure; no errors.
 */
export const landingHref = ({
  role,
  next,
}: {
  role: string | null | undefined
  next: string | null | undefined
}): string => {
  const bare = next ? withoutLocale(next) : null
  const usable = bare && !AUTH_PAGES.some((page) => isUnder(bare, page)) ? bare : null
  if (role === 'voiceover') {
    const followedLink = usable && ACCOUNT_AREAS.some((area) => isUnder(usable, area))
    return followedLink ? usable : '/dashboard'
  }
  return usable ?? '/account/bookings'
}

/**
 * `landingHref` in the page's language (`/en/dashboard`): the URL a form navigates to after a
 * successful login, registration or password reset.
 */
export const landingPath = ({
  role,
  next,
  locale,
}: {
  role: string | null | undefined
  next: string | null | undefined
  locale: Locale
}): string => localizedPath(landingHref({ role, next }), locale)
