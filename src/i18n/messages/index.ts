import type { Locale } from '../locales'

import enCommon from './en/common.json'
import enErrors from './en/errors.json'
import nlCommon from './nl/common.json'
import nlErrors from './nl/errors.json'

/**
 * Every sentence a person reads, per language, as ICU messages grouped by namespace (one JSON file
 * per namespace and language under `messages/<locale>/`). Used by the site through next-intl
 * (`src/i18n/request.ts`) and on the server — REST error sentences, emails, invoice PDFs — through
 * `translatorFor`. Adding a namespace: one file per language and one line per language below;
 * `catalogues.test.ts` fails when a key or an argument is missing in a language.
 */
export const messages = {
  nl: { common: nlCommon, errors: nlErrors },
  en: { common: enCommon, errors: enErrors },
} satisfies Record<Locale, Record<string, unknown>>

/** The catalogue shape, taken from the English files. */
export type Messages = (typeof messages)['en']
