import type { PayloadRequest } from 'payload'

import type { ProjectType } from '@/domain/catalog'
import { projectTypes } from '@/domain/catalog'
import { defaultSpeakingRates } from '@/domain/scriptTiming'
import { globalSlugs } from '@/slugs'

/**
 * The speaking rate (words per minute) of each project type from the Pricing global, the default
 * for any left empty. A system read like `getPricingSettings`: the rates apply to everyone and only
 * the estimates computed from them are shown.
 */
export const getSpeakingRates = async (
  req: PayloadRequest,
): Promise<Record<ProjectType, number>> => {
  const doc = (await req.payload.findGlobal({
    slug: globalSlugs.pricing,
    req,
    overrideAccess: true,
    depth: 0,
  })) as { speakingRates?: Partial<Record<ProjectType, number | null>> | null }
  return Object.fromEntries(
    projectTypes.map((t) => {
      const rate = doc.speakingRates?.[t.value]
      return [t.value, typeof rate === 'number' && rate > 0 ? rate : defaultSpeakingRates[t.value]]
    }),
  ) as Record<ProjectType, number>
}
