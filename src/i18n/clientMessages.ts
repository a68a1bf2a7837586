import type { AbstractIntlMessages } from 'next-intl'

import type { Locale } from './locales'
import { messages } from './messages'

/**
 * The messages the browser needs on the public pages (catalog, profiles, legal pages, not found):
 * what the client components of the header, the mini-player, the catalog filters and the demo
 * buttons read. Entries are namespaces or dotted sub-namespaces (`auth.logout`). Everything else —
 * error sentences, emails, invoices, the dashboards' texts — is rendered on the server or not on
 * these pages, and shipping it made every catalog page carry ~75 KB of unused JSON (issue 14).
 * `clientMessages.test.ts` follows the imports of those pages and fails when a client component
 * reads a namespace missing here.
 */
export const PUBLIC_CLIENT_NAMESPACES = [
  'auth.logout',
  'catalog',
  'common',
  'live.badge',
  'notFound',
  'player',
] as const

/**
 * The messages the browser needs on the signed-in and form pages (`app/(frontend)/[locale]/(app)`:
 * account, bookings, booking form, dashboard, log in, register): every namespace a client component
 * reads. That group's layout replaces the public set with this one (a nested
 * NextIntlClientProvider does not merge with the outer one); the test checks every client component.
 */
export const APP_CLIENT_NAMESPACES = [
  'account',
  'auth',
  'billingDetails',
  'booking',
  'bookingFlow',
  'bookings',
  'catalog',
  'common',
  'licences',
  'live',
  'notFound',
  'player',
  'qc',
  'review',
  'reviewComments',
  'scriptTiming',
  'settings',
  'thread',
] as const

/**
 * The part of `all` under the given namespace paths (`catalog`, `auth.logout`), as one tree with
 * the same shape. A path that does not exist is left out. Input: a message tree and dotted paths.
 * Output: a new tree sharing the picked subtrees (not copied).
 */
export const pickMessages = (
  all: AbstractIntlMessages,
  paths: readonly string[],
): AbstractIntlMessages => {
  const picked: AbstractIntlMessages = {}
  for (const path of paths) {
    const keys = path.split('.')
    let from: AbstractIntlMessages | string | undefined = all
    for (const key of keys) from = typeof from === 'object' ? from[key] : undefined
    if (from === undefined) continue
    let into = picked
    for (const key of keys.slice(0, -1)) {
      const next = into[key]
      into = (typeof next === 'object' ? next : (into[key] = {})) as AbstractIntlMessages
    }
    into[keys[keys.length - 1]!] = from
  }
  return picked
}

/** The messages of `locale` under `paths`, for a NextIntlClientProvider. */
export const clientMessages = (locale: Locale, paths: readonly string[]): AbstractIntlMessages =>
  pickMessages(messages[locale] as AbstractIntlMessages, paths)
