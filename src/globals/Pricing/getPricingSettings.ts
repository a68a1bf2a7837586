import type { PayloadRequest } from 'payload'

import { DEFAULT_ARTIST_SHARE_PERCENT, isArtistSharePercent } from '@/domain/artistFee'
import { DEFAULT_RENEWAL_PERCENT, isRenewalPercent } from '@/domain/licence'
import type { PricingSettings, UsageMedia, UsageRegion, UsageTerm } from '@/domain/pricing'
import { defaultPricingSettings, usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import { DEFAULT_REVISION_FEE_CENTS, DEFAULT_REVISION_TURNAROUND_DAYS } from '@/domain/revisions'
import type { CalendarDate } from '@/domain/time'
import { calendarDateOfStored, DEFAULT_END_OF_DAY, isTimeOfDay } from '@/domain/time'
import { globalSlugs } from '@/slugs'

import { termFieldName } from '.'

export type WorkflowSettings = {
  freeRevisionRounds: number
  /** Fee per revision round beyond the free ones, integer cents excl. VAT. */
  revisionFeeCents: number
  /** Working days a revision request gives the artist, counted from the request. */
  revisionTurnaroundDays: number
  autoApproveDays: number
  /** End of the agency's working day, `HH:MM` Amsterdam time. */
  endOfDay: string
  /** Extra closure days, `YYYY-MM-DD`. */
  closureDays: CalendarDate[]
  /** The artist's fee as a whole % of the booking price excl. VAT (`domain/artistFee`). */
  artistSharePercent: number
  /** A licence renewal's price as a whole % of the original usage fee (`domain/licence`). */
  renewalPercent: number
}

type PricingDoc = {
  includedWords?: number | null
  extraWordsPer100Cents?: number | null
  rushSurchargePercent?: number | null
  usage?: {
    media?: Partial<Record<string, number | null>> | null
    region?: Partial<Record<string, number | null>> | null
    term?: Partial<Record<string, number | null>> | null
  } | null
  freeRevisionRounds?: number | null
  revisionFeeCents?: number | null
  revisionTurnaroundDays?: number | null
  autoApproveDays?: number | null
  endOfDay?: string | null
  closureDays?: { date?: string | null }[] | null
  artistSharePercent?: number | null
  renewalPercent?: number | null
}

const pick = <K extends string>(
  keys: readonly K[],
  source: Partial<Record<string, number | null>> | null | undefined,
  fallback: Record<K, number>,
  fieldName: (k: K) => string = (k) => k,
): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, source?.[fieldName(k)] ?? fallback[k]])) as Record<
    K,
    number
  >

/**
 * The pricing global as the domain's settings object. A system read (the rules apply to everyone and
 * only the computed quote is shown to the customer), so it bypasses the admin-only read access.
 */
export const getPricingSettings = async (
  req: PayloadRequest,
): Promise<PricingSettings & WorkflowSettings> => {
  const doc = (await req.payload.findGlobal({
    slug: globalSlugs.pricing,
    req,
    overrideAccess: true,
    depth: 0,
  })) as PricingDoc
  const d = defaultPricingSettings
  return {
    includedWords: doc.includedWords ?? d.includedWords,
    extraWordsPer100Cents: doc.extraWordsPer100Cents ?? d.extraWordsPer100Cents,
    rushSurchargePercent: doc.rushSurchargePercent ?? d.rushSurchargePercent,
    usagePercent: {
      media: pick<UsageMedia>(usageMedia, doc.usage?.media, d.usagePercent.media),
      region: pick<UsageRegion>(usageRegions, doc.usage?.region, d.usagePercent.region),
      term: pick<UsageTerm>(
        usageTerms,
        doc.usage?.term,
        d.usagePercent.term,
        (t) => termFieldName[t],
      ),
    },
    freeRevisionRounds: doc.freeRevisionRounds ?? 2,
    revisionFeeCents: doc.revisionFeeCents ?? DEFAULT_REVISION_FEE_CENTS,
    revisionTurnaroundDays: doc.revisionTurnaroundDays ?? DEFAULT_REVISION_TURNAROUND_DAYS,
    autoApproveDays: doc.autoApproveDays ?? 7,
    endOfDay: doc.endOfDay && isTimeOfDay(doc.endOfDay) ? doc.endOfDay : DEFAULT_END_OF_DAY,
    closureDays: (doc.closureDays ?? []).flatMap((c) =>
      c.date ? [calendarDateOfStored(c.date)] : [],
    ),
    artistSharePercent: isArtistSharePercent(doc.artistSharePercent)
      ? doc.artistSharePercent
      : DEFAULT_ARTIST_SHARE_PERCENT,
    renewalPercent: isRenewalPercent(doc.renewalPercent)
      ? doc.renewalPercent
      : DEFAULT_RENEWAL_PERCENT,
  }
}
