import type { Locale } from '../locales'

import enCommon from './en/common.json'
import nlCommon from './nl/common.json'
// site pages (catalog, profiles, bookings, dashboard, outbox)
import enLabels from './en/labels.json'
import nlLabels from './nl/labels.json'
import enCatalog from './en/catalog.json'
import nlCatalog from './nl/catalog.json'
import enProfile from './en/profile.json'
import nlProfile from './nl/profile.json'
import enNotFound from './en/notFound.json'
import nlNotFound from './nl/notFound.json'
import enBookings from './en/bookings.json'
import nlBookings from './nl/bookings.json'
import enDashboard from './en/dashboard.json'
import nlDashboard from './nl/dashboard.json'
import enOutbox from './en/outbox.json'
import nlOutbox from './nl/outbox.json'

/**
 * Every sentence a person reads, per language, as ICU messages grouped by namespace (one JSON file
 * per namespace and language under `messages/<locale>/`). Used by the site through next-intl
 * (`src/i18n/request.ts`) and on the server — REST error sentences, emails, invoice PDFs — through
 * `translatorFor`. Adding a namespace: one file per language and one line per language below;
 * `catalogues.test.ts` fails when a key or an argument is missing in a language.
 */
export const messages = {
  nl: {
    common: nlCommon,
    // site pages
    labels: nlLabels,
    catalog: nlCatalog,
    profile: nlProfile,
    notFound: nlNotFound,
    bookings: nlBookings,
    dashboard: nlDashboard,
    outbox: nlOutbox,
  },
  en: {
    common: enCommon,
    // site pages
    labels: enLabels,
    catalog: enCatalog,
    profile: enProfile,
    notFound: enNotFound,
    bookings: enBookings,
    dashboard: enDashboard,
    outbox: enOutbox,
  },
} satisfies Record<Locale, Record<string, unknown>>

/** The catalogue shape, taken from the English files. */
export type Messages = (typeof messages)['en']
