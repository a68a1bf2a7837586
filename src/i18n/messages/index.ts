import type { Locale } from '../locales'

import enBooking from './en/booking.json'
import enCommon from './en/common.json'
import enLegal from './en/legal.json'
import nlBooking from './nl/booking.json'
import nlCommon from './nl/common.json'
import nlLegal from './nl/legal.json'

/**
 * Every sentence a person reads, per language, as ICU messages grouped by namespace (one JSON file
 * per namespace and language under `messages/<locale>/`). Used by the site through next-intl
 * (`src/i18n/request.ts`) and on the server — REST error sentences, emails, invoice PDFs — through
 * `translatorFor`. Adding a namespace: one file per language and one line per language below;
 * `catalogues.test.ts` fails when a key or an argument is missing in a language.
 */
export const messages = {
  nl: { common: nlCommon, booking: nlBooking, legal: nlLegal },
  en: { common: enCommon, booking: enBooking, legal: enLegal },
} satisfies Record<Locale, Record<string, unknown>>

/** The catalogue shape, taken from the English files. */
export type Messages = (typeof messages)['en']
