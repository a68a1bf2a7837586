import type { CollectionAfterLoginHook } from 'payload'

import { localeOrDefault } from '@/i18n/locales'
import type { User } from '@/payload-types'

const ONE_YEAR_S = 60 * 60 * 24 * 365

/**
 * Both the site and the admin panel speak the language the person chose for 14voices (`locale` on
 * their account), from their next page on, whatever browser they log in from.
 * - Site: next-intl's `NEXT_LOCALE` cookie decides where a path without a language goes
 *   (`src/i18n/routing.ts`), so `/` after login opens their language.
 * - Admin: Payload ignores `locale`; it picks its language from its own `<cookiePrefix>-lng` cookie
 *   (set by the language menu on the admin's account page), then Accept-Language, then Dutch. So
 *   every login sets that cookie from `locale`, the same cookie and lifetime Payload's own menu uses;
 *   choosing another language in that menu lasts until the next login, changing `locale` (the
 *   Language field on the same page) lasts.
 * Cookie headers only; the user is returned as is.
 */
export const languageCookiesFromLocale: CollectionAfterLoginHook<User> = ({ req, user }) => {
  const language = localeOrDefault(user.locale)
  const adminCookie = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  req.responseHeaders ??= new Headers()
  for (const name of [adminCookie, 'NEXT_LOCALE']) {
    req.responseHeaders.append(
      'Set-Cookie',
      `${name}=${language}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`,
    )
  }
  return user
}
