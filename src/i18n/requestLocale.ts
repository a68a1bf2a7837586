import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'

import { defaultLocale, isLocale, locales, type Locale } from './locales'

/**
 * The language an `Accept-Language` header asks for among ours: the languages it names in order of
 * their q-values (RFC 9110 §12.5.4, parsed by `negotiator`), matched to `locales` by
 * `@formatjs/intl-localematcher` (best fit: `en-US` → en, `nl-BE` → nl). `*`, an empty or garbage
 * header, or only languages we don't speak → `defaultLocale` (nl). Pure.
 */
export const localeFromAcceptLanguage = (header: string | null | undefined): Locale => {
  if (!header) return defaultLocale
  let asked: string[]
  try {
    asked = new Negotiator({ headers: { 'accept-language': header } })
      .languages()
      .filter((tag) => tag !== '*')
  } catch {
    return defaultLocale
  }
  try {
    const found = match(asked, locales, defaultLocale, { algorithm: 'best fit' })
    return isLocale(found) ? found : defaultLocale
  } catch {
    // A tag Intl rejects (e.g. "x-garbage!") makes the matcher throw: treat it as no preference.
    return defaultLocale
  }
}

/**
 * The language a request's answer is written in (REST refusals, validation sentences, account
 * answers): the authenticated user's `locale` when it is one of ours, else the best match of the
 * request's `Accept-Language`, else Dutch (issue 12). Input: anything with `headers` (a Payload
 * `req`, a `Request`) and optionally `user`. Never throws.
 */
export const requestLocale = (req: { headers?: Headers | null; user?: unknown }): Locale => {
  const own = (req.user as { locale?: unknown } | null | undefined)?.locale
  if (isLocale(own)) return own
  return localeFromAcceptLanguage(req.headers?.get('accept-language'))
}
