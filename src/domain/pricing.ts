/**
 * Quotes. Pure: the caller passes the artist's base rate and the agency's pricing settings (an
 * admin-editable Payload global); nothing here reads a database. All money is integer euro cents and
 * all rates are integer percentages, so there is no floating-point drift.
 */

export const usageMedia = ['online', 'radio', 'tv', 'cinema', 'internal'] as const
export const usageRegions = ['local', 'regional', 'national', 'worldwide'] as const
export const usageTerms = ['3_months', '6_months', '12_months', 'perpetual'] as const
export type UsageMedia = (typeof usageMedia)[number]
export type UsageRegion = (typeof usageRegions)[number]
export type UsageTerm = (typeof usageTerms)[number]

export type Usage = { media: UsageMedia; region: UsageRegion; term: UsageTerm }

/** How the usage licence choices read, in English and Dutch (admin panel and pages). */
export const usageLabels: Record<UsageMedia | UsageRegion | UsageTerm, { en: string; nl: string }> =
  {
    online: { en: 'Online', nl: 'Online' },
    radio: { en: 'Radio', nl: 'Radio' },
    tv: { en: 'TV', nl: 'Tv' },
    cinema: { en: 'Cinema', nl: 'Bioscoop' },
    internal: { en: 'Internal use', nl: 'Intern gebruik' },
    local: { en: 'Local', nl: 'Lokaal' },
    regional: { en: 'Regional', nl: 'Regionaal' },
    national: { en: 'National', nl: 'Landelijk' },
    worldwide: { en: 'Worldwide', nl: 'Wereldwijd' },
    '3_months': { en: '3 months', nl: '3 maanden' },
    '6_months': { en: '6 months', nl: '6 maanden' },
    '12_months': { en: '12 months', nl: '12 maanden' },
    perpetual: { en: 'Perpetual', nl: 'Onbeperkt' },
  }

export type PricingSettings = {
  /** Words included in the base rate. */
  includedWords: number
  /** Price per started block of 100 words beyond the included amount, in cents. */
  extraWordsPer100Cents: number
  /** Rush surcharge as a percentage of the fee (base + extra words). */
  rushSurchargePercent: number
  /** The usage licence costs base × media% × region% × term% (each percentage of 100). */
  usagePercent: {
    media: Record<UsageMedia, number>
    region: Record<UsageRegion, number>
    term: Record<UsageTerm, number>
  }
}

export const defaultPricingSettings: PricingSettings = {
  includedWords: 250,
  extraWordsPer100Cents: 2_500,
  rushSurchargePercent: 50,
  usagePercent: {
    media: { online: 50, radio: 75, tv: 150, cinema: 200, internal: 0 },
    region: { local: 50, regional: 75, national: 100, worldwide: 200 },
    term: { '3_months': 50, '6_months': 75, '12_months': 100, perpetual: 250 },
  },
}

export type QuoteLineKind = 'voice_fee' | 'extra_words' | 'usage_licence' | 'rush_surcharge'

/** Names of the quote lines, in English and Dutch (the lines' own `label`s are English). */
export const quoteLineKindLabels: Record<QuoteLineKind, { en: string; nl: string }> = {
  voice_fee: { en: 'Voice-over fee', nl: 'Stemtarief' },
  extra_words: { en: 'Extra words', nl: 'Extra woorden' },
  usage_licence: { en: 'Usage licence', nl: 'Gebruikslicentie' },
  rush_surcharge: { en: 'Rush surcharge', nl: 'Spoedtoeslag' },
}

export type QuoteLine = { kind: QuoteLineKind; label: string; amountCents: number }

export type Quote = { lines: QuoteLine[]; totalCents: number; currency: 'EUR' }

export class QuoteError extends Error {}

const percentOf = (amountCents: number, percent: number) =>
  Math.round((amountCents * percent) / 100)

export const computeQuote = ({
  baseRateCents,
  usage,
  wordCount,
  rush,
  settings,
}: {
  baseRateCents: number | null | undefined
  usage: Usage
  wordCount: number | null | undefined
  rush: boolean
  settings: PricingSettings
}): Quote => {
  if (
    baseRateCents === null ||
    baseRateCents === undefined ||
    !Number.isInteger(baseRateCents) ||
    baseRateCents <= 0
  ) {
    throw new QuoteError(
      'This artist has no rate for that project type yet; ask the agency for a quote.',
    )
  }
  const words = Math.max(0, Math.floor(wordCount ?? 0))
  const extraBlocks = Math.ceil(Math.max(0, words - settings.includedWords) / 100)
  const extraWords = extraBlocks * settings.extraWordsPer100Cents
  const licencePercentTimes1e4 =
    settings.usagePercent.media[usage.media] *
    settings.usagePercent.region[usage.region] *
    settings.usagePercent.term[usage.term]
  const licence = Math.round((baseRateCents * licencePercentTimes1e4) / 1_000_000)
  const rushSurcharge = rush
    ? percentOf(baseRateCents + extraWords, settings.rushSurchargePercent)
    : 0

  const lines: QuoteLine[] = [
    { kind: 'voice_fee', label: 'Voice-over fee', amountCents: baseRateCents },
  ]
  if (extraWords > 0) {
    lines.push({
      kind: 'extra_words',
      label: `Extra words (${words - settings.includedWords} beyond ${settings.includedWords})`,
      amountCents: extraWords,
    })
  }
  if (licence > 0) {
    lines.push({
      kind: 'usage_licence',
      label: `Usage licence (${usage.media}, ${usage.region}, ${usage.term.replace('_', ' ')})`,
      amountCents: licence,
    })
  }
  if (rushSurcharge > 0) {
    lines.push({
      kind: 'rush_surcharge',
      label: `Rush surcharge (${settings.rushSurchargePercent}%)`,
      amountCents: rushSurcharge,
    })
  }
  return { lines, totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0), currency: 'EUR' }
}
