import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from './locales'

/**
 * Stores a visitor's language choice in the browser's `NEXT_LOCALE` cookie, as next-intl's proxy
 * does for the pages it serves (a year, whole site, SameSite=Lax). Browser only.
 */
export const rememberLocale = (locale: Locale): void => {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`
}
