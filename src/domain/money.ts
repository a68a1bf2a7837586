/**
 * Euro amounts for people: formatting integer cents per language and reading what a person typed.
 * Pure (no Payload import), so the admin's money field, its list cell and the server-side validation
 * share one rule. Money is stored as integer euro cents everywhere (see `src/fields/money.ts`).
 */

export type MoneyLocale = 'nl' | 'en'

const intlLocale: Record<MoneyLocale, string> = { nl: 'nl-NL', en: 'en-GB' }

const displayFormats: Record<MoneyLocale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat(intlLocale.nl, { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat(intlLocale.en, { style: 'currency', currency: 'EUR' }),
}

/** `'en'` for an English language code ("en", "en-GB"), else `'nl'` (the agency's language). */
export const moneyLocaleOf = (language: string | null | undefined): MoneyLocale =>
  language?.toLowerCase().startsWith('en') ? 'en' : 'nl'

/**
 * Integer euro cents as a person reads them, with `Intl` (nl-NL / en-GB):
 * 43750 → "€ 437,50" (nl) / "€437.50" (en); 123456789 → "€ 1.234.567,89" / "€1,234,567.89".
 * Negative amounts (credit notes) keep their sign. Input: cents (integer); output: a string.
 */
export const formatEuro = (cents: number, locale: MoneyLocale = 'nl'): string =>
  displayFormats[locale].format(cents / 100)

/**
 * Integer euro cents as the text of an input box: no currency sign and no thousands separators,
 * always two decimals, with the language's decimal mark: 43750 → "437,50" (nl) / "437.50" (en).
 */
export const formatEuroInput = (cents: number, locale: MoneyLocale = 'nl'): string => {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(cents))
  const euros = Math.floor(abs / 100)
  const rest = String(abs % 100).padStart(2, '0')
  return `${sign}${euros}${locale === 'nl' ? ',' : '.'}${rest}`
}

export type EuroInputProblem = 'not_a_number' | 'too_many_decimals' | 'negative'

export type ParsedEuroInput =
  { ok: true; cents: number | null } | { ok: false; problem: EuroInputProblem }

/** Sentences for the problems `parseEuroInput` reports, in both admin languages. */
export const euroInputProblems: Record<EuroInputProblem, Record<MoneyLocale, string>> = {
  not_a_number: {
    en: 'Enter an amount in euros, e.g. 437.50 or 437,50.',
    nl: 'Vul een bedrag in euro’s in, bijvoorbeeld 437,50.',
  },
  too_many_decimals: {
    en: 'An amount has at most two decimals (whole cents), e.g. 437.50.',
    nl: 'Een bedrag heeft hoogstens twee decimalen (hele centen), bijvoorbeeld 437,50.',
  },
  negative: {
    en: 'This amount can’t be negative.',
    nl: 'Dit bedrag kan niet negatief zijn.',
  },
}

const MAX_CENTS = Number.MAX_SAFE_INTEGER

/**
 * Reads an amount typed in euros into integer cents, whatever the typist's habit: "437,50",
 * "437.50", "€ 437,5", "1.234,56", "1,234.56", "1 234,56" and "437" all work. When both marks
 * appear, the last one is the decimal mark; a single mark is always the decimal mark, so "1.234"
 * is refused as three decimals rather than guessed as 1234 euros. Empty input is `cents: null`
 * (the field is cleared). Problems: `not_a_number`, `too_many_decimals`, and `negative` when
 * `allowNegative` is false (the default; invoices and credit notes allow it).
 */
export const parseEuroInput = (
  text: string,
  { allowNegative = false }: { allowNegative?: boolean } = {},
): ParsedEuroInput => {
  let s = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/^EUR/i, '')
  if (s === '') return { ok: true, cents: null }
  let negative = false
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = true
    s = s.slice(1)
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, problem: 'not_a_number' }

  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  let integerPart = s
  let fraction = ''
  const dots = s.split('.').length - 1
  const commas = s.split(',').length - 1
  if (dots > 0 && commas > 0) {
    const decimalMark = lastDot > lastComma ? '.' : ','
    const groupMark = decimalMark === '.' ? ',' : '.'
    if (s.split(decimalMark).length - 1 !== 1) return { ok: false, problem: 'not_a_number' }
    ;[integerPart, fraction] = s.split(decimalMark) as [string, string]
    if (!/^\d{1,3}(\.\d{3})*$|^\d{1,3}(,\d{3})*$/.test(integerPart)) {
      return { ok: false, problem: 'not_a_number' }
    }
    integerPart = integerPart.split(groupMark).join('')
  } else if (dots + commas === 1) {
    ;[integerPart, fraction] = s.split(dots === 1 ? '.' : ',') as [string, string]
  } else if (dots + commas > 1) {
    // One mark repeated ("1.234.567") can only be thousands separators.
    const mark = dots > 0 ? '.' : ','
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s)) {
      return { ok: false, problem: 'not_a_number' }
    }
    integerPart = s.split(mark).join('')
  }
  if (!/^\d*$/.test(integerPart) || !/^\d*$/.test(fraction)) {
    return { ok: false, problem: 'not_a_number' }
  }
  if (integerPart === '' && fraction === '') return { ok: false, problem: 'not_a_number' }
  if (fraction.length > 2) return { ok: false, problem: 'too_many_decimals' }

  const cents = Number(integerPart || '0') * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) {
    return { ok: false, problem: 'not_a_number' }
  }
  if (negative && cents !== 0 && !allowNegative) return { ok: false, problem: 'negative' }
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents }
}
