/**
 * VAT for invoices issued by the agency, which is established in the Netherlands and sells services
 * (voice-over recordings with their usage licences). Pure: the caller passes the customer's country,
 * type and VAT ID. Rates are integer percentages and money is integer euro cents, so there is no
 * floating-point drift.
 *
 * VAT IDs are checked with jsvat (format and check digits per member state); whether an ID is
 * actually registered is a VIES question for the caller. Reverse charge needs a valid ID on the
 * invoice, which is why the treatment depends on the check.
 */

import type { Country } from 'jsvat'
import {
  austria,
  belgium,
  bulgaria,
  checkVAT,
  croatia,
  cyprus,
  czechRepublic,
  denmark,
  estonia,
  finland,
  france,
  germany,
  greece,
  hungary,
  ireland,
  italy,
  latvia,
  lithuania,
  luxembourg,
  malta,
  netherlands,
  poland,
  portugal,
  romania,
  slovakiaRepublic,
  slovenia,
  spain,
  sweden,
  unitedKingdom,
} from 'jsvat'

import type { Sentence } from '@/errors/sentence'

export const DUTCH_VAT_RATE_PERCENT = 21

/** ISO 3166-1 alpha-2 codes of the 27 EU member states. */
export const EU_COUNTRIES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]

/**
 * The code this module uses for Northern Ireland. ISO 3166-1 has none (it is GB-NIR in ISO 3166-2);
 * "XI" is the prefix the EU and HMRC give Northern Ireland VAT IDs. Under the Windsor Framework
 * Northern Ireland follows EU VAT rules for goods only, so for services it is outside the EU.
 */
export const NORTHERN_IRELAND = 'XI'

/** jsvat's rules by ISO code: the member states, plus the UK (Great Britain and Northern Ireland). */
const vatRules: Readonly<Record<string, Country>> = {
  AT: austria,
  BE: belgium,
  BG: bulgaria,
  CY: cyprus,
  CZ: czechRepublic,
  DE: germany,
  DK: denmark,
  EE: estonia,
  ES: spain,
  FI: finland,
  FR: france,
  GR: greece,
  HR: croatia,
  HU: hungary,
  IE: ireland,
  IT: italy,
  LT: lithuania,
  LU: luxembourg,
  LV: latvia,
  MT: malta,
  NL: netherlands,
  PL: poland,
  PT: portugal,
  RO: romania,
  SE: sweden,
  SI: slovenia,
  SK: slovakiaRepublic,
  GB: unitedKingdom,
  [NORTHERN_IRELAND]: unitedKingdom,
}

/** The prefix a VAT ID of the country starts with, where it differs from the ISO code. */
const vatPrefixes: Readonly<Record<string, string>> = { GR: 'EL' }

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/**
 * Uppercased ISO code, or `null` when the input is not a country Intl knows. "EL" is accepted for
 * Greece because people copy it from the VAT ID; "XI" and "GB-NIR" mean Northern Ireland (returned
 * as "XI"). Anything unrecognised must not silently become a zero-rated export, so callers fall
 * back to the Netherlands.
 */
export const normaliseCountry = (country: string | null | undefined): string | null => {
  const code = (country ?? '').trim().toUpperCase()
  if (code === 'EL') return 'GR'
  if (code === NORTHERN_IRELAND || code === 'GB-NIR') return NORTHERN_IRELAND
  // ISO 3166-1 reserves AA, QM–QZ, XA–XZ and ZZ for private use, and Intl names some of them
  // (XA "Pseudo-Accents", QO "Outlying Oceania"), as it does the unions EU, EZ and UN; none is a
  // country an invoice can go to. XK (Kosovo) is in common use.
  if (!/^[A-Z]{2}$/.test(code) || /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/.test(code)) return null
  return regionNames.of(code) === undefined ? null : code
}

/** The English name of a country code ("Germany", "Northern Ireland"); the code itself if unknown. */
export const countryName = (country: string): string => {
  const code = normaliseCountry(country)
  if (code === NORTHERN_IRELAND) return 'Northern Ireland'
  return (code && regionNames.of(code)) || country.trim().toUpperCase()
}

/**
 * A VAT ID as people type it → as it is written on an invoice: spaces, dots and dashes removed,
 * letters uppercased ("nl 1234.56789-b01" → "NL123456789B01").
 */
export const normaliseVatId = (vatId: string): string => vatId.replace(/[\s.-]/g, '').toUpperCase()

/** Σ digit × weight (6 5 7 2 3 4 5 6 7) mod 11 over the first nine digits of a Polish NIP. */
const polishNipRemainder = (nip: string): number =>
  [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((sum, weight, i) => sum + weight * Number(nip[i]), 0) % 11

/**
 * Whether jsvat accepts the ID for that country. A UK ID is one number with two prefixes: "GB" for
 * Great Britain and "XI" for Northern Ireland, so both are accepted for either, checked by the UK
 * rules.
 */
const passesRules = (normalised: string, code: string): { format: boolean; valid: boolean } => {
  const rules = vatRules[code]
  if (rules === undefined) return { format: false, valid: false }
  const asChecked =
    rules === unitedKingdom && normalised.startsWith(NORTHERN_IRELAND)
      ? `GB${normalised.slice(2)}`
      : normalised
  // jsvat's UK pattern makes the prefix optional; a VAT ID on an invoice must carry it.
  if (rules === unitedKingdom && !asChecked.startsWith('GB')) return { format: false, valid: false }
  const result = checkVAT(asChecked, [rules])
  // jsvat turns a Polish NIP remainder of 10 into check digit 0, but in the NIP algorithm a
  // remainder of 10 is no check digit at all (such numbers are never issued): PL1234567890 fails.
  if (code === 'PL' && result.isValid && polishNipRemainder(asChecked.slice(2)) === 10) {
    return { format: true, valid: false }
  }
  return { format: result.isValidFormat, valid: result.isValid }
}

/** Why a VAT ID was refused, or `valid`. */
export type VatIdCheck = 'valid' | 'wrong_prefix' | 'format' | 'checksum' | 'not_checked'

/**
 * Checks a VAT ID against the customer's country: the prefix (EL for Greece, XI or GB for Northern
 * Ireland and the UK, ATU for Austria), the national format and the check digits (jsvat).
 * `not_checked` for countries outside the EU and UK, whose IDs this module doesn't know.
 */
export const checkVatId = ({ vatId, country }: { vatId: string; country: string }): VatIdCheck => {
  const code = normaliseCountry(country)
  if (code === null || vatRules[code] === undefined) return 'not_checked'
  const normalised = normaliseVatId(vatId)
  const prefixes =
    code === 'GB' || code === NORTHERN_IRELAND
      ? ['GB', NORTHERN_IRELAND]
      : [vatPrefixes[code] ?? code]
  if (!prefixes.some((prefix) => normalised.startsWith(prefix))) return 'wrong_prefix'
  const { format, valid } = passesRules(normalised, code)
  if (valid) return 'valid'
  return format ? 'checksum' : 'format'
}

/** True when the ID passes the format and check-digit rules of the country (see `checkVatId`). */
export const isValidVatId = (vatId: string, country: string): boolean =>
  checkVatId({ vatId, country }) === 'valid'

/**
 * Example IDs, as templates whose `#` (a digit) and `@` (a letter) are filled in by a search for the
 * first combination that passes jsvat's check digits: the examples are computed, not invented.
 */
const exampleTemplates: Readonly<Record<string, string>> = {
  AT: 'ATU1234567#',
  BE: 'BE01234567##',
  BG: 'BG12345678#',
  CY: 'CY10259033@',
  CZ: 'CZ1234567#',
  DE: 'DE12345678#',
  DK: 'DK1234567#',
  EE: 'EE10123456#',
  ES: 'ESB1234567#',
  FI: 'FI1234567#',
  FR: 'FR##123456789',
  GR: 'EL12345678#',
  HR: 'HR1234567890#',
  HU: 'HU1234567#',
  IE: 'IE1234567@',
  IT: 'IT0123456012#',
  LT: 'LT12345671#',
  LU: 'LU123456##',
  LV: 'LV4012345678#',
  MT: 'MT123456##',
  NL: 'NL12345678#B01',
  PL: 'PL12345678##',
  PT: 'PT12345678#',
  RO: 'RO1234567#',
  SE: 'SE123456789#01',
  SI: 'SI1234567#',
  SK: 'SK20234567##',
  GB: 'GB1234567##',
  [NORTHERN_IRELAND]: 'XI1234567##',
}

const DIGITS = '0123456789'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** Every filling of the template's placeholders, in order (at most 100 for two digits). */
const fillings = (template: string): string[] =>
  [...template].reduce<string[]>(
    (partials, char) => {
      const options = char === '#' ? DIGITS : char === '@' ? LETTERS : char
      return partials.flatMap((partial) => [...options].map((option) => partial + option))
    },
    [''],
  )

const examples = new Map<string, string | null>()

/**
 * A VAT ID that passes the country's check digits, for hints ("e.g. DE123456788"); `null` for a
 * country whose IDs aren't checked. Computed once per country and cached.
 */
export const exampleVatId = (country: string): string | null => {
  const code = normaliseCountry(country)
  if (code === null) return null
  if (!examples.has(code)) {
    const template = exampleTemplates[code]
    const found = template
      ? (fillings(template).find((candidate) => isValidVatId(candidate, code)) ?? null)
      : null
    examples.set(code, found)
  }
  return examples.get(code) ?? null
}

/** The example for each country whose VAT IDs are checked, by ISO code (and XI). */
export const vatIdExamples = (): Record<string, string> =>
  Object.fromEntries(
    Object.keys(vatRules).flatMap((code) => {
      const example = exampleVatId(code)
      return example === null ? [] : [[code, example]]
    }),
  )

/**
 * The sentence that refuses a VAT ID (`vat.*` in the errors catalogue; the country is named in the
 * reader's language), or `null` when it may be saved: an empty ID is allowed (the customer then pays
 * Dutch VAT) and so is any ID for a country whose IDs aren't checked.
 */
export const vatIdProblem = ({
  vatId,
  country,
}: {
  vatId: string | null | undefined
  country: string | null | undefined
}): Sentence | null => {
  if (!vatId || normaliseVatId(vatId) === '') return null
  const code = normaliseCountry(country)
  if (code === null) return null
  const check = checkVatId({ vatId, country: code })
  const countryValue: Sentence['values'] & object = {
    country: code === NORTHERN_IRELAND ? { key: 'vat.northernIreland' } : { region: code },
  }
  const example = exampleVatId(code) ?? ''
  if (check === 'wrong_prefix') {
    return {
      key: 'vat.wrongPrefix',
      values: { ...countryValue, prefix: example.slice(0, 2), example },
    }
  }
  if (check === 'format') return { key: 'vat.format', values: { ...countryValue, example } }
  if (check === 'checksum') return { key: 'vat.checksum', values: { ...countryValue, example } }
  return null
}

export type CustomerType = 'business' | 'consumer'

export type VatTreatment = {
  kind: 'domestic' | 'reverse_charge' | 'export'
  ratePercent: number
  invoiceNote: string | null
}

/**
 * Art. 226(11a) of Council Directive 2006/112/EC requires the words "Reverse charge" on the invoice;
 * the Dutch act (art. 35a(1)(l) Wet OB 1968) asks for "btw verlegd".
 */
export const REVERSE_CHARGE_NOTE =
  'Reverse charge (btw verlegd): the customer accounts for the VAT under Article 196 of Council Directive 2006/112/EC.'

/** The place of supply of a B2B service is where the customer is established (art. 44). */
export const EXPORT_NOTE =
  'Not subject to Dutch VAT (btw niet van toepassing): the place of supply is outside the EU, where the customer is established (Article 44 of Council Directive 2006/112/EC).'

const domestic: VatTreatment = {
  kind: 'domestic',
  ratePercent: DUTCH_VAT_RATE_PERCENT,
  invoiceNote: null,
}

/**
 * Which VAT an invoice from the agency (established in the Netherlands) carries. In: the customer's
 * country (ISO 3166-1 alpha-2; "EL" for Greece and "XI" or "GB-NIR" for Northern Ireland are
 * accepted), whether they book as a business or a consumer, and their VAT ID. Out: the kind, the rate
 * in whole percent and the note the invoice must carry.
 *
 * - Dutch customers: 21 % Dutch VAT.
 * - Consumers anywhere: 21 % Dutch VAT. B2C services are taxed where the supplier is established
 *   (art. 45 of Directive 2006/112/EC; art. 6(2) Wet OB). A recorded voice-over is made by a person
 *   for the customer, so it is not an "electronically supplied service" (Implementing Regulation
 *   282/2011 art. 7: essentially automated), and the art. 58 rule doesn't apply. Caveat for the tax
 *   adviser: art. 59 moves copyright licences and advertising services for consumers outside the EU
 *   to where the consumer lives; the agency treats consumer bookings as a general service.
 * - Businesses in another member state with a valid VAT ID (format and check digits): 0 %, reverse
 *   charge (art. 44 place of supply, art. 196 the customer pays). Without a valid ID the customer
 *   can't be shown to be a taxable person, so Dutch VAT applies.
 * - Businesses outside the EU — the UK, Northern Ireland (the Windsor Framework covers goods, not
 *   services), Switzerland, Norway, the US…: 0 %, outside the scope of Dutch VAT (art. 44).
 * - An unknown country is treated as the Netherlands, so a typo never zero-rates an invoice.
 */
export const vatTreatment = ({
  country,
  customerType,
  vatId,
}: {
  country: string
  customerType: CustomerType
  vatId?: string | null
}): VatTreatment => {
  const code = normaliseCountry(country) ?? 'NL'
  if (code === 'NL' || customerType === 'consumer') return { ...domestic }
  if (!EU_COUNTRIES.includes(code)) {
    return { kind: 'export', ratePercent: 0, invoiceNote: EXPORT_NOTE }
  }
  if (vatId && isValidVatId(vatId, code)) {
    return { kind: 'reverse_charge', ratePercent: 0, invoiceNote: REVERSE_CHARGE_NOTE }
  }
  return { ...domestic }
}

/**
 * VAT on an amount, rounded half away from zero so a credit note's VAT is exactly the negated
 * invoice VAT. Integer arithmetic only: both inputs must be integers.
 */
export const vatAmountCents = ({
  subtotalCents,
  ratePercent,
}: {
  subtotalCents: number
  ratePercent: number
}): number => {
  if (!Number.isSafeInteger(subtotalCents)) {
    throw new RangeError('subtotalCents must be an integer number of cents')
  }
  if (!Number.isSafeInteger(ratePercent) || ratePercent < 0) {
    throw new RangeError('ratePercent must be a non-negative integer')
  }
  const product = Math.abs(subtotalCents * ratePercent)
  const remainder = product % 100
  const rounded = (product - remainder) / 100 + (remainder >= 50 ? 1 : 0)
  return subtotalCents < 0 ? 0 - rounded || 0 : rounded
}
