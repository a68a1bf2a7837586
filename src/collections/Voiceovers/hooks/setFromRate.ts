import type { CollectionBeforeChangeHook } from 'payload'

import { lowestRateCents } from '@/lib/money'
import type { Voiceover } from '@/payload-types'

/**
 * Stores the artist's lowest base rate (`fromRateCents`, euro cents, null without rates) so the
 * catalog can sort by price on an indexed column. A partial update keeps the stored rates it
 * doesn't send.
 */
export const setFromRate: CollectionBeforeChangeHook<Voiceover> = ({ data, originalDoc }) => {
  const rates = { ...(originalDoc?.rates ?? {}), ...(data.rates ?? {}) }
  return { ...data, fromRateCents: lowestRateCents(rates) }
}
