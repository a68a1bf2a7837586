/**
 * The languages 14voices speaks. Dutch is the agency's language and the default everywhere a person's
 * language is unknown. Adding a language: add its code here, a folder under `messages/`, and its
 * admin labels; the catalogue test lists what is missing.
 */
export const locales = ['nl', 'en'] as const

/** A supported language code (ISO 639-1). */
export type Locale = (typeof locales)[number]

/** The agency's language, used when nothing says otherwise. */
export const defaultLocale: Locale = 'nl'

/** True when `value` is a supported language code. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** `value` when it is a supported language, else the default (an account's `locale` may be empty). */
export const localeOrDefault = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale)

/** The BCP 47 tag used with `Intl` for each language (formats: nl-NL "€ 437,50", en-GB "€437.50"). */
export const intlTag: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }

/** The cookie keeping a visitor's language choice on the site (next-intl's `localeCookie`). */
export const LOCALE_COOKIE = 'NEXT_LOCALE'

/** How long the language cookie keeps a visitor's choice: a year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365
