/**
 * VAT for invoices issued by the agency, which is established in the Netherlands. Pure: the caller
 * passes the customer's country, type and VAT ID. Rates are integer percentages and money is integer
 * euro cents, so there is no floating-point drift.
 *
 * The format check only says a VAT ID *looks* right; whether it is registered is a VIES question
 * for the caller. Reverse charge needs the ID on the invoice, which is why it depends on the format.
 */

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
 * Full VAT ID patterns (prefix included) by ISO country code, after normalisation. Greece is the one
 * member state whose VAT prefix ("EL") differs from its ISO code ("GR").
 */
const vatIdPatterns: Readonly<Record<string, RegExp>> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  ES: /^ES[0-9A-Z]\d{7}[0-9A-Z]$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[0-9A-Z]{2}\d{9}$/,
  GR: /^EL\d{9}$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  // Current format is 7 digits + 1–2 letters; the older one has a letter, "+" or "*" in 2nd place.
  IE: /^IE(\d{7}[A-Z]{1,2}|\d[A-Z+*]\d{5}[A-Z])$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO[1-9]\d{1,9}$/,
  SE: /^SE\d{10}01$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/**
 * Uppercased ISO code, or `null` when the input is not a country Intl knows. "EL" is accepted for
 * Greece because people copy it from the VAT ID; anything unrecognised must not silently become a
 * zero-rated export, so callers fall back to the Netherlands.
 */
const normaliseCountry = (country: string | null | undefined): string | null => {
  const code = (country ?? '').trim().toUpperCase()
  if (code === 'EL') return 'GR'
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return null
  return regionNames.of(code) === undefined ? null : code
}

const normaliseVatId = (vatId: string): string => vatId.replace(/[\s.-]/g, '').toUpperCase()

export const isValidVatIdFormat = (vatId: string, country: string): boolean => {
  const code = normaliseCountry(country)
  const pattern = code === null ? undefined : vatIdPatterns[code]
  return pattern !== undefined && pattern.test(normaliseVatId(vatId))
}

export type CustomerType = 'business' | 'consumer'

export type VatTreatment = {
  kind: 'domestic' | 'reverse_charge' | 'export'
  ratePercent: number
  invoiceNote: string | null
}

export const REVERSE_CHARGE_NOTE =
  'VAT reverse-charged: the customer accounts for VAT under Article 196 of Council Directive 2006/112/EC.'

export const EXPORT_NOTE =
  'Outside the scope of Dutch VAT: the place of supply of this service is outside the EU.'

const domestic: VatTreatment = {
  kind: 'domestic',
  ratePercent: DUTCH_VAT_RATE_PERCENT,
  invoiceNote: null,
}

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
  // The agency's rule: any consumer pays Dutch VAT, wherever they live (B2C services are taxed where
  // the seller is established); only businesses outside the EU are invoiced as an export.
  if (code === 'NL' || customerType === 'consumer') return { ...domestic }
  if (!EU_COUNTRIES.includes(code)) {
    return { kind: 'export', ratePercent: 0, invoiceNote: EXPORT_NOTE }
  }
  // Without a plausible VAT ID the customer cannot self-account, so Dutch VAT applies.
  if (vatId && isValidVatIdFormat(vatId, code)) {
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
