/**
 * Invoice line descriptions in the invoice's language. A booking's quote keeps English labels with
 * their details ("Extra words (250 beyond 200)"), plus a `kind`; the invoice words each line from
 * the `invoice` catalogue by kind and carries the details over, so a Dutch customer reads
 * "Extra woorden (250 boven 200)". A line this module can't read keeps its label as written.
 */
import type { QuoteLine } from '@/domain/pricing'
import { usageLabels } from '@/domain/pricing'
import type { Booking } from '@/payload-types'
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

type StoredQuoteLine = Partial<Pick<QuoteLine, 'kind'>> & Pick<QuoteLine, 'label'>

const usageWord = (value: string | null | undefined, locale: Locale): string | null =>
  value && value in usageLabels ? usageLabels[value as keyof typeof usageLabels][locale] : null

/**
 * The description of one quote line on an invoice in `locale`. In: the stored quote line (`kind`,
 * English `label`), the booking's usage licence (media, region, term), whether the booking renews a
 * licence (`renewal`: its usage line says so) and the language. Out: the sentence for the invoice
 * line.
 */
export const quoteLineDescription = ({
  line,
  usage,
  locale,
  renewal = false,
}: {
  line: StoredQuoteLine
  usage?: Booking['usage'] | null
  locale: Locale
  renewal?: boolean
}): string => {
  const t = translatorFor(locale, 'invoice')
  switch (line.kind) {
    case 'voice_fee':
      return t('lines.voice_fee')
    case 'extra_words': {
      const m = /\((\d+) beyond (\d+)\)/.exec(line.label)
      return m ? t('lines.extra_words', { extra: m[1]!, included: m[2]! }) : line.label
    }
    case 'usage_licence': {
      const media = usageWord(usage?.media, locale)
      const region = usageWord(usage?.region, locale)
      const term = usageWord(usage?.term, locale)
      if (!media || !region || !term) return line.label
      return t(renewal ? 'lines.usage_licence_renewal' : 'lines.usage_licence', {
        media: media.toLowerCase(),
        region: region.toLowerCase(),
        term: term.toLowerCase(),
      })
    }
    case 'rush_surcharge': {
      const m = /\((\d+(?:\.\d+)?)%\)/.exec(line.label)
      return m ? t('lines.rush_surcharge', { percent: m[1]! }) : line.label
    }
    default:
      return line.label
  }
}

/** "Billable revision round" / "Betaalde revisieronde". */
export const billableRevisionDescription = (locale: Locale): string =>
  translatorFor(locale, 'invoice')('lines.billableRevision')

/** The line for an admin's final price that differs from the quote. */
export const priceAdjustmentDescription = (locale: Locale): string =>
  translatorFor(locale, 'invoice')('lines.priceAdjustment')
