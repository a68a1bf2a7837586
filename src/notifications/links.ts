/**
 * Links in emails point at the site's locale-prefixed pages (`/nl/…`, `/en/…`), in the recipient's
 * language. Pure: the caller passes the site's origin (`env.SERVER_URL`).
 */
import type { Locale } from '@/i18n/locales'

/** The pages an email footer links to, in one language. */
export type FooterLinks = { terms: string; privacy: string; contact: string }

/**
 * `${serverUrl}/<locale><path>`. In: the site's origin (a trailing slash is ignored), the recipient's
 * language, and a path starting with "/" (with its query string, if any). Out: an absolute URL.
 */
export const siteLink = ({
  serverUrl,
  locale,
  path,
}: {
  serverUrl: string
  locale: Locale
  path: string
}): string => `${serverUrl.replace(/\/+$/, '')}/${locale}${path}`

/** The booking's page (customers and artists both act there): `/<locale>/account/bookings/<id>`. */
export const bookingLink = ({
  serverUrl,
  locale,
  bookingId,
}: {
  serverUrl: string
  locale: Locale
  bookingId: number | string
}): string => siteLink({ serverUrl, locale, path: `/account/bookings/${bookingId}` })

/**
 * A private file's link (`/api/invoices/file/…`) for an email, absolute and tagged with the
 * recipient's language (`?lang=en`). Logged in with access, it downloads the file; opened logged
 * out (or with another account) the file route sends the browser to the login page — in this
 * language — and then to the file's booking (`namedDownloadEndpoint`), never to a JSON refusal.
 * In: the site's origin, the language, the file's stored `url` (root-relative or absolute).
 */
export const fileLink = ({
  serverUrl,
  locale,
  url,
}: {
  serverUrl: string
  locale: Locale
  url: string
}): string => {
  const link = new URL(url, serverUrl)
  link.searchParams.set('lang', locale)
  return link.toString()
}

/** The artist's overview of all their bookings: `/<locale>/dashboard`. */
export const dashboardLink = ({ serverUrl, locale }: { serverUrl: string; locale: Locale }) =>
  siteLink({ serverUrl, locale, path: '/dashboard' })

/** The site's page that sets a new password: `/<locale>/reset-password?token=…` (token URL-encoded). */
export const resetPasswordLink = ({
  serverUrl,
  locale,
  token,
}: {
  serverUrl: string
  locale: Locale
  token: string
}): string =>
  siteLink({ serverUrl, locale, path: `/reset-password?token=${encodeURIComponent(token)}` })

/** Terms, privacy and contact pages in the recipient's language, for every email's footer. */
export const footerLinks = ({
  serverUrl,
  locale,
}: {
  serverUrl: string
  locale: Locale
}): FooterLinks => ({
  terms: siteLink({ serverUrl, locale, path: '/terms' }),
  privacy: siteLink({ serverUrl, locale, path: '/privacy' }),
  contact: siteLink({ serverUrl, locale, path: '/contact' }),
})

/** The customer's usage licences with their end dates: `/<locale>/account/licences`. */
export const licencesLink = ({ serverUrl, locale }: { serverUrl: string; locale: Locale }) =>
  siteLink({ serverUrl, locale, path: '/account/licences' })
