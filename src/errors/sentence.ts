import { intlTag, type Locale } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { translatorFor } from '@/i18n/translate'

/** Every dotted path to a message in a catalogue tree (`booking.notFound`). */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A key of the `errors` catalogue (`src/i18n/messages/<locale>/errors.json`). */
export type ErrorKey = Leaves<Messages['errors']>

/** A list of values joined the way the language joins them ("a, b or c" / "a, b of c"). */
export type SentenceList = { list: readonly SentenceValue[]; join: 'or' | 'and' }

/** A country or region by its ISO 3166-1 code, named in the reader's language ("DE" → Duitsland). */
export type SentenceRegion = { region: string }

/**
 * A value for an ICU argument: plain text, a number or a date (formatted by the message, in the
 * agency's time zone), another sentence (rendered in the same language — e.g. a status label), a
 * country, or a list of those.
 */
export type SentenceValue = string | number | Date | Sentence | SentenceList | SentenceRegion

/**
 * A sentence for a person, not yet in a language: a key of the `errors` catalogue and its ICU
 * arguments. `renderSentence` writes it in a language; `UserError` carries one.
 */
export type Sentence = { key: ErrorKey; values?: Readonly<Record<string, SentenceValue>> }

/** True when `value` has the shape of a `Sentence` (duck-typed: it may come from another bundle). */
export const isSentence = (value: unknown): value is Sentence =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { key?: unknown }).key === 'string' &&
  !(value instanceof Date)

const isList = (value: unknown): value is SentenceList =>
  typeof value === 'object' && value !== null && Array.isArray((value as SentenceList).list)

const isRegion = (value: unknown): value is SentenceRegion =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SentenceRegion).region === 'string'

const regionName = (code: string, locale: Locale): string =>
  new Intl.DisplayNames([intlTag[locale]], { type: 'region', fallback: 'code' }).of(code) ?? code

const renderValue = (value: SentenceValue, locale: Locale): string | number | Date => {
  if (isRegion(value)) return regionName(value.region, locale)
  if (isList(value)) {
    return new Intl.ListFormat(intlTag[locale], {
      type: value.join === 'or' ? 'disjunction' : 'conjunction',
    }).format(value.list.map((item) => String(renderValue(item, locale))))
  }
  if (isSentence(value)) return renderSentence(value, locale)
  return value
}

/**
 * `sentence` written in `locale` from the `errors` catalogue (ICU syntax; numbers and dates follow
 * the language, times the Europe/Amsterdam zone). Nested sentences and lists in `values` are
 * rendered first, in the same language. Input: a Sentence and a Locale. Output: the text. Never
 * throws for a missing key (next-intl returns the key path and logs; the catalogue test and the
 * `ErrorKey` type keep keys complete).
 */
export const renderSentence = (sentence: Sentence, locale: Locale): string => {
  const values = Object.fromEntries(
    Object.entries(sentence.values ?? {}).map(([name, value]) => [
      name,
      renderValue(value, locale),
    ]),
  )
  const t = translatorFor(locale, 'errors') as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string
  return t(sentence.key, values)
}
