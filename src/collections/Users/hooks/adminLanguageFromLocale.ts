import type { CollectionAfterLoginHook } from 'payload'

import type { User } from '@/payload-types'

const ONE_YEAR_S = 60 * 60 * 24 * 365

/**
 * The admin panel speaks the language the person chose for 14voices (`locale` on their account).
 * Payload ignores that field: it picks the admin language from its own `<cookiePrefix>-lng` cookie
 * (set by the language menu on the admin's account page), then Accept-Language, then Dutch. So
 * every login sets that cookie from `locale`, the same cookie and lifetime Payload's own menu
 * uses; choosing another language in that menu lasts until the next login, changing `locale`
 * (the Language field on the same page) lasts. A cookie header only; the user is returned as is.
 */
export const adminLanguageFromLocale: CollectionAfterLoginHook<User> = ({ req, user }) => {
  const language = user.locale === 'en' ? 'en' : 'nl'
  const name = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append(
    'Set-Cookie',
    `${name}=${language}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`,
  )
  return user
}
