import { defineRouting } from 'next-intl/routing'

import { defaultLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales } from './locales'

/**
 * The site's language routing (next-intl): every page lives under `/nl/…` or `/en/…`. A path
 * without a language (`/`, `/login`, an old link) redirects by the `NEXT_LOCALE` cookie, then the
 * browser's `Accept-Language`, then Dutch. The cookie keeps a visitor's choice for a year. Each page answer carries a `Link`
 * header with its `hreflang` alternates (next-intl's alternateLinks).
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: { name: LOCALE_COOKIE, maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: 'lax' },
})
