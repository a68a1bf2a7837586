import type { UsageMedia, UsageRegion, UsageTerm } from '@/domain/pricing'
import type { Locale } from '@/i18n/locales'
import enLabels from '@/i18n/messages/en/labels.json'

import { labelFor } from './labels'

// The words for these values live in the `labels` catalogues (`src/i18n/messages/<locale>/labels.json`);
// pages call `labelFor(kind, value, locale)`. The English records below are kept for callers that
// have no locale yet (the booking form, the notification facts); they read the same catalogue.

/** English names of the usage media (from the `labels` catalogue). */
export const usageMediaLabels: Record<UsageMedia, string> = enLabels.usageMedia

/** English names of the usage regions (from the `labels` catalogue). */
export const usageRegionLabels: Record<UsageRegion, string> = enLabels.usageRegion

/** English names of the usage terms (from the `labels` catalogue). */
export const usageTermLabels: Record<UsageTerm, string> = enLabels.usageTerm

/** A project type's name in `locale` (English when none is given); the value itself when unknown. */
export const projectTypeLabel = (value: string | null | undefined, locale: Locale = 'en'): string =>
  labelFor('projectType', value, locale)
