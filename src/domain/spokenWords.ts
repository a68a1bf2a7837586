/**
 * Words as a voice artist speaks them, for the script's word count and timing (issue 15, part 3).
 * Pure: no Payload import. Numbers, dates, times, money, percentages, URLs, e-mail addresses and
 * common abbreviations are written out in the script's language (Dutch or English) before counting,
 * because "€ 1.250" takes as long to say as "twaalfhonderdvijftig euro", not as one "word".
 *
 * Decisions:
 * - A word is a run of characters between spaces that holds a letter or a digit; punctuation alone
 *   ("–", "…") is not spoken. A hyphenated word is one word, in both languages: "voice-over",
 *   "twenty-two", "forty-five" count as one, just as Dutch writes "tweeëntwintig" as one word. This
 *   matches how word processors count and how the booking form's word count was given.
 * - Dutch numbers follow the Taalunie's spelling: one word up to a thousand and after "honderd",
 *   a space after "duizend" and around "miljoen" ("tweeduizend vijfhonderd", "twee miljoen");
 *   1100–1999 are said in hundreds ("€ 1.250" → "twaalfhonderdvijftig euro"). English numbers are written by n2words (en-GB): "one thousand two hundred and
 *   fifty". Years 1100–2099 are read as years: "negentienachtennegentig", "nineteen ninety-eight".
 * - Times: Dutch "14:30" is "veertien uur dertig" (the announcer's reading; "half drie" has as many
 *   syllables to the minute but changes meaning with the context), "9:00" is "negen uur"; English
 *   "14:30" is "fourteen thirty", "9:00" "nine o'clock", "9:05" "nine oh five".
 * - Money: the amount and the currency word ("twaalf euro vijftig", "twelve euros fifty"); a round
 *   amount has no cents ("€ 12,-" → "twaalf euro").
 * - Web addresses: the scheme is not read, "www" is spelled (w w w), dots are "punt"/"dot", slashes
 *   "slash", a two-letter country domain is spelled ("n l") and other labels are read as words
 *   ("com"). In e-mail addresses "@" is "apenstaartje"/"at". Digits glued to a word are read as a
 *   number and the word, anywhere: "14voices" is "veertien voices" (so "www.14voices.nl" is 9).
 * - Phone numbers (9 digits or more, starting with 0 or +) are read digit by digit.
 * - Abbreviations in the lists below are read in full ("bijv." → "bijvoorbeeld", "e.g." → "for
 *   example"); unknown abbreviations count as written.
 */

import * as en from 'n2words/en-GB'
import * as nl from 'n2words/nl-NL'

export const scriptLanguages = ['nl', 'en'] as const
export type ScriptLanguage = (typeof scriptLanguages)[number]

/**
 * The counting language for a language code ("en", "en-GB" → en; anything else → nl, the agency's
 * language, which also covers Flemish).
 */
export const scriptLanguageOf = (code: string | null | undefined): ScriptLanguage =>
  code?.toLowerCase().startsWith('en') ? 'en' : 'nl'

type Words = {
  dot: string
  at: string
  slash: string
  percent: string
  decimal: string
  hour: string
  euro: (amount: number) => string
  dollar: (amount: number) => string
  pound: string
  months: readonly string[]
  and: string
}

const vocabulary: Record<ScriptLanguage, Words> = {
  nl: {
    dot: 'punt',
    at: 'apenstaartje',
    slash: 'slash',
    percent: 'procent',
    decimal: 'komma',
    hour: 'uur',
    euro: () => 'euro',
    dollar: () => 'dollar',
    pound: 'pond',
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    and: 'en',
  },
  en: {
    dot: 'dot',
    at: 'at',
    slash: 'slash',
    percent: 'percent',
    decimal: 'point',
    hour: "o'clock",
    euro: (amount) => (amount === 1 ? 'euro' : 'euros'),
    dollar: (amount) => (amount === 1 ? 'dollar' : 'dollars'),
    pound: 'pounds',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    and: 'and',
  },
}

/** Abbreviations read in full. Matched case-sensitively where case matters ("Dr." vs "dr."). */
const abbreviations: Record<ScriptLanguage, readonly [string, string][]> = {
  nl: [
    ['bijv.', 'bijvoorbeeld'],
    ['bv.', 'bijvoorbeeld'],
    ['b.v.', 'bijvoorbeeld'],
    ['o.a.', 'onder andere'],
    ['d.w.z.', 'dat wil zeggen'],
    ['i.p.v.', 'in plaats van'],
    ['m.b.v.', 'met behulp van'],
    ['m.u.v.', 'met uitzondering van'],
    ['z.s.m.', 'zo snel mogelijk'],
    ['a.u.b.', 'alstublieft'],
    ['t/m', 'tot en met'],
    ['enz.', 'enzovoort'],
    ['etc.', 'etcetera'],
    ['incl.', 'inclusief'],
    ['excl.', 'exclusief'],
    ['ca.', 'circa'],
    ['nr.', 'nummer'],
    ['dhr.', 'de heer'],
    ['mevr.', 'mevrouw'],
    ['p.p.', 'per persoon'],
    ['btw', 'b t w'],
    ['BTW', 'b t w'],
    ['km', 'kilometer'],
    ['kg', 'kilo'],
    ['&', 'en'],
  ],
  en: [
    ['e.g.', 'for example'],
    ['i.e.', 'that is'],
    ['etc.', 'et cetera'],
    ['vs.', 'versus'],
    ['approx.', 'approximately'],
    ['incl.', 'including'],
    ['Mr.', 'mister'],
    ['Mrs.', 'missus'],
    ['Dr.', 'doctor'],
    ['a.m.', 'a m'],
    ['p.m.', 'p m'],
    ['km', 'kilometres'],
    ['kg', 'kilos'],
    ['&', 'and'],
  ],
}

/** Top-level domains that mark "something.tld" as a web address rather than two words and a dot. */
const TLDS =
  'nl|be|com|org|net|eu|de|fr|uk|io|info|biz|app|dev|online|shop|nu|co\\.uk|frl|amsterdam|ai'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** A number's digits, not glued to letters or other digits ("14voices" stays one word). */
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])'
const NOT_AFTER = '(?![\\p{L}\\p{N}])'

/**
 * Dutch cardinal per the Taalunie: joined up to and after "honderd", a space after "duizend";
 * 1100–1999 are said in hundreds ("twaalfhonderdvijftig"), 2500 as "tweeduizend vijfhonderd".
 */
const dutchCardinal = (value: number | bigint): string =>
  nl
    .toCardinal(value, { noHundredPairing: value < 1100 || value > 1999 })
    .replace(/honderd (?!miljoen|miljard|biljoen)/g, 'honderd')

const cardinal = (value: number | bigint, language: ScriptLanguage): string =>
  language === 'nl' ? dutchCardinal(value) : en.toCardinal(value)

/** A year as people say it: 1998 "negentienachtennegentig" / "nineteen ninety-eight". */
const yearWords = (year: number, language: ScriptLanguage): string => {
  const century = Math.floor(year / 100)
  const rest = year % 100
  if (language === 'nl') {
    if (year >= 2000) return dutchCardinal(year)
    return rest === 0
      ? `${dutchCardinal(century)}honderd`
      : dutchCardinal(century) + dutchCardinal(rest)
  }
  if (year >= 2000 && year < 2010) return en.toCardinal(year)
  if (rest === 0) return `${en.toCardinal(century)} hundred`
  if (rest < 10) return `${en.toCardinal(century)} oh ${en.toCardinal(rest)}`
  return `${en.toCardinal(century)} ${en.toCardinal(rest)}`
}

const isYear = (digits: string) => /^(1[1-9]|20)\d\d$/.test(digits)

/**
 * Reads a written amount ("1.250", "12,50", "1,250.75") in the language's notation: Dutch uses a dot
 * between thousands and a comma before decimals, English the other way round.
 * Returns the whole part and the decimals as written (or null when there are none).
 */
const parseAmount = (
  written: string,
  language: ScriptLanguage,
): { whole: bigint; decimals: string | null } => {
  const [thousands, decimal] = language === 'nl' ? ['.', ','] : [',', '.']
  const [wholePart, decimals] = written.split(decimal)
  return {
    whole: BigInt(wholePart.split(thousands).join('') || '0'),
    decimals: decimals && /^\d+$/.test(decimals) ? decimals : null,
  }
}

/** A written number that isn't money: "3,5" → "drie komma vijf", "1.250" → "twaalfhonderdvijftig". */
const numberWords = (written: string, language: ScriptLanguage): string => {
  const { whole, decimals } = parseAmount(written, language)
  const wholeWords = cardinal(whole, language)
  if (decimals === null) return wholeWords
  const decimalWords = /^0/.test(decimals)
    ? Array.from(decimals, (d) => cardinal(Number(d), language)).join(' ')
    : cardinal(BigInt(decimals), language)
  return `${wholeWords} ${vocabulary[language].decimal} ${decimalWords}`
}

/** "€ 12,50" → "twaalf euro vijftig"; cents are read as a number after the currency word. */
const moneyWords = (written: string, currency: string, language: ScriptLanguage): string => {
  const words = vocabulary[language]
  const { whole, decimals } = parseAmount(written.replace(/[,.]-$/, ''), language)
  const name =
    currency === '$'
      ? words.dollar(Number(whole))
      : currency === '£'
        ? words.pound
        : words.euro(Number(whole))
  const cents = decimals ? Number(decimals.padEnd(2, '0').slice(0, 2)) : 0
  const amount = `${cardinal(whole, language)} ${name}`
  return cents > 0 ? `${amount} ${cardinal(cents, language)}` : amount
}

const timeWords = (hours: number, minutes: number, language: ScriptLanguage): string => {
  if (language === 'nl') {
    return minutes === 0
      ? `${dutchCardinal(hours)} uur`
      : `${dutchCardinal(hours)} uur ${dutchCardinal(minutes)}`
  }
  if (minutes === 0) {
    return hours > 12 ? `${en.toCardinal(hours)} hundred` : `${en.toCardinal(hours)} o'clock`
  }
  return minutes < 10
    ? `${en.toCardinal(hours)} oh ${en.toCardinal(minutes)}`
    : `${en.toCardinal(hours)} ${en.toCardinal(minutes)}`
}

const dateWords = (day: number, month: number, year: string, language: ScriptLanguage): string => {
  const monthName = vocabulary[language].months[month - 1]
  const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year)
  const yearText = isYear(String(fullYear))
    ? yearWords(fullYear, language)
    : cardinal(fullYear, language)
  return language === 'nl'
    ? `${dutchCardinal(day)} ${monthName} ${yearText}`
    : `the ${en.toOrdinal(day)} of ${monthName} ${yearText}`
}

/** A host name or e-mail domain read aloud: "www.14voices.nl" → "w w w punt 14voices punt n l". */
const hostWords = (host: string, language: ScriptLanguage): string => {
  const labels = host.toLowerCase().split('.')
  return labels
    .map((label, i) => {
      if (label === 'www') return 'w w w'
      if (i === labels.length - 1 && /^[a-z]{2}$/.test(label)) return label.split('').join(' ')
      return label.replace(/-/g, ' ')
    })
    .join(` ${vocabulary[language].dot} `)
}

type Rule = {
  pattern: RegExp
  say: (match: RegExpExecArray, language: ScriptLanguage) => string
}

const AMOUNT = '\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?'

const rules: readonly Rule[] = [
  {
    // E-mail: "info@14voices.nl" → "info apenstaartje 14voices punt n l".
    pattern: new RegExp(
      `${NOT_BEFORE}([\\p{L}\\p{N}._%+-]+)@((?:[\\p{L}\\p{N}-]+\\.)+[\\p{L}]{2,})`,
      'gu',
    ),
    say: (m, language) =>
      `${m[1]
        .split('.')
        .filter(Boolean)
        .join(
          ` ${vocabulary[language].dot} `,
        )} ${vocabulary[language].at} ${hostWords(m[2], language)}`,
  },
  {
    // Web address: an optional scheme (not read), a host ending in a known domain, an optional path.
    pattern: new RegExp(
      `(?:https?://)?${NOT_BEFORE}((?:[\\p{L}\\p{N}-]+\\.)+(?:${TLDS}))${NOT_AFTER}((?:/[\\p{L}\\p{N}._~%-]+)*/?)`,
      'giu',
    ),
    say: (m, language) => {
      const path = m[2]
        .split('/')
        .filter(Boolean)
        .map((segment) => ` ${vocabulary[language].slash} ${segment.replace(/[-_.]/g, ' ')}`)
        .join('')
      return hostWords(m[1], language) + path
    },
  },
  {
    // Phone numbers, read digit by digit: "020-1234567", "+31 6 12345678" (9 digits or more,
    // starting with 0 or +, so years and amounts in a row are not taken for one).
    pattern: /(?<![\p{L}\p{N}])(?:\+|0)[\d\s-]{7,}\d(?![\p{L}\p{N}])/gu,
    say: (m, language) =>
      (m[0].match(/\d/g) ?? []).length < 9
        ? m[0]
        : (m[0].startsWith('+') ? `plus ` : '') +
          Array.from(m[0].replace(/\D/g, ''), (d) => cardinal(Number(d), language)).join(' '),
  },
  {
    // Money with the sign first: "€ 1.250", "€12,50", "€ 12,-", "$5", "£ 3.50".
    pattern: new RegExp(`([€$£])\\s?(\\d+[,.]-|${AMOUNT})${NOT_AFTER}`, 'gu'),
    say: (m, language) => moneyWords(m[2], m[1], language),
  },
  {
    // Money with the word after: "1.250 euro", "25 EUR".
    pattern: new RegExp(`${NOT_BEFORE}(${AMOUNT})\\s?(?:euro|EUR|€)${NOT_AFTER}`, 'gu'),
    say: (m, language) => moneyWords(m[1], '€', language),
  },
  {
    // Percentages: "50%", "2,5 %".
    pattern: new RegExp(`${NOT_BEFORE}(${AMOUNT})\\s?%`, 'gu'),
    say: (m, language) => `${numberWords(m[1], language)} ${vocabulary[language].percent}`,
  },
  {
    // Dates: day-month-year with -, / or . ("12-03-2025", "1/4/26").
    pattern: new RegExp(
      `${NOT_BEFORE}(0?[1-9]|[12]\\d|3[01])([-/.])(0?[1-9]|1[0-2])\\2(\\d{4}|\\d{2})${NOT_AFTER}`,
      'gu',
    ),
    say: (m, language) => dateWords(Number(m[1]), Number(m[3]), m[4], language),
  },
  {
    // Times: "14:30", "9.05 uur", "2:30pm" (the "uur" after it is part of the Dutch reading; "pm"
    // is read as "p m").
    pattern: new RegExp(
      `${NOT_BEFORE}([01]?\\d|2[0-3])[:.]([0-5]\\d)(?:\\s?uur|\\s?([ap])m)?${NOT_AFTER}`,
      'giu',
    ),
    say: (m, language) =>
      timeWords(Number(m[1]), Number(m[2]), language) + (m[3] ? ` ${m[3].toLowerCase()} m` : ''),
  },
  {
    // Ordinals: "1e", "2de", "21ste" (nl); "1st", "2nd", "3rd", "21st" (en).
    pattern: new RegExp(`${NOT_BEFORE}(\\d+)(?:e|de|ste|st|nd|rd|th)${NOT_AFTER}`, 'gu'),
    say: (m, language) =>
      language === 'nl' ? nl.toOrdinal(Number(m[1])) : en.toOrdinal(Number(m[1])),
  },
  {
    // Digits glued to a word are read as a number and the word: "14voices" → "veertien voices".
    pattern: new RegExp(`${NOT_BEFORE}(\\d+)(?=\\p{L})`, 'gu'),
    say: (m, language) => cardinal(BigInt(m[1]), language),
  },
  {
    // Years, read as years.
    pattern: new RegExp(`${NOT_BEFORE}((?:1[1-9]|20)\\d\\d)${NOT_AFTER}(?![.,]\\d)`, 'gu'),
    say: (m, language) => yearWords(Number(m[1]), language),
  },
  {
    // Any other number, with the language's thousands and decimal marks.
    pattern: new RegExp(`${NOT_BEFORE}(${AMOUNT})${NOT_AFTER}`, 'gu'),
    say: (m, language) => numberWords(m[1], language),
  },
]

const abbreviationPattern = (written: string): RegExp =>
  new RegExp(
    `${NOT_BEFORE}${escapeRegExp(written)}${/[\p{L}\p{N}]$/u.test(written) ? NOT_AFTER : ''}`,
    'gu',
  )

const compiledAbbreviations: Record<ScriptLanguage, [RegExp, string][]> = {
  nl: abbreviations.nl.map(([written, spoken]) => [abbreviationPattern(written), spoken]),
  en: abbreviations.en.map(([written, spoken]) => [abbreviationPattern(written), spoken]),
}

/**
 * The script as it is spoken: numbers, dates, times, money, percentages, URLs, e-mail addresses and
 * the listed abbreviations written out in `language`. Input: plain text; output: plain text.
 */
export const spokenText = (text: string, language: ScriptLanguage): string => {
  let out = text.normalize('NFC')
  for (const rule of rules) {
    out = out.replace(rule.pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray
      return ` ${rule.say(match, language)} `
    })
  }
  // After the numbers, so "5km" (now "vijf km") reads "vijf kilometer".
  for (const [pattern, spoken] of compiledAbbreviations[language]) {
    out = out.replace(pattern, ` ${spoken} `)
  }
  return out
}

/**
 * How many words the script has as spoken (see the module's notes for what a word is).
 * Input: plain text and the script's language; output: a whole number ≥ 0.
 */
export const countSpokenWords = (text: string, language: ScriptLanguage): number =>
  spokenText(text, language)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length
