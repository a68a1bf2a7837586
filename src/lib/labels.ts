import type { Locale } from '@/i18n/locales'
// Only the small `labels` catalogues, not the whole message index: client components (the catalog
// filters, the booking form) import this module too.
import enLabels from '@/i18n/messages/en/labels.json'
import nlLabels from '@/i18n/messages/nl/labels.json'

/** The vocabulary lists whose values have a name per language (`messages/<locale>/labels.json`). */
export type LabelKind = keyof typeof enLabels

const catalogues: Record<Locale, Record<LabelKind, Record<string, string>>> = {
  nl: nlLabels,
  en: enLabels,
}

/**
 * The name people read for a stored value, e.g. `labelFor('status', 'completed', 'nl')` →
 * "Afgerond" (statuses as the agency names them), `labelFor('gender', 'female', 'en')` → "Female".
 * Input: a value of the vocabulary (`src/domain/catalog.ts`, `bookingStatus.ts`, `pricing.ts`), or
 * null/undefined (→ ""). An unknown value is returned as is, so nothing disappears from a page.
 */
export const labelFor = (
  kind: LabelKind,
  value: string | null | undefined,
  locale: Locale,
): string => (value ? (catalogues[locale][kind][value] ?? value) : '')

/** The usage licence as one phrase: "Online & social, National, 12 months" (empty when incomplete). */
export const usageLabel = (
  usage: { media?: string | null; region?: string | null; term?: string | null } | null | undefined,
  locale: Locale,
): string =>
  usage?.media && usage.region && usage.term
    ? [
        labelFor('usageMedia', usage.media, locale),
        labelFor('usageRegion', usage.region, locale),
        labelFor('usageTerm', usage.term, locale),
      ].join(', ')
    : ''
