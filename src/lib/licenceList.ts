import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { renewalFeeCents } from '@/domain/licence'
import type { UsageMedia, UsageRegion, UsageTerm } from '@/domain/pricing'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Booking, Licence, User, Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

/** One licence as the licences pages show it. */
export type LicenceRow = {
  id: number
  bookingId: number | null
  projectTitle: string
  voice: string
  media: UsageMedia | null
  region: UsageRegion | null
  term: UsageTerm
  startsAt: string
  endsAt: string | null
  status: Licence['status']
  aiVoiceCloning: 'prohibited' | 'permitted'
  /** What renewing costs now, in cents excl. VAT; null when it can't be renewed (or for artists). */
  renewalCents: number | null
}

/**
 * The licences `user` may read (a customer's own, an artist's recordings'; admins all), newest end
 * first, read with the user's own access. Customers also get each renewable licence's price at the
 * Pricing global's renewal rate.
 */
export const findLicences = async ({
  payload,
  user,
}: {
  payload: Payload
  user: User
}): Promise<LicenceRow[]> => {
  const found = await payload.find({
    collection: slugs.licences,
    sort: '-startsAt',
    depth: 1,
    limit: 200,
    user,
    overrideAccess: false,
    populate: {
      [slugs.bookings]: { projectTitle: true },
      [slugs.voiceovers]: { name: true },
    },
  })
  const customer = user.role === 'customer' || user.role === 'admin'
  const { renewalPercent } = customer
    ? await getPricingSettings(await createLocalReq({}, payload))
    : { renewalPercent: 0 }
  return found.docs.map((licence) => {
    const booking = typeof licence.booking === 'object' ? (licence.booking as Booking) : null
    const voice = typeof licence.voiceover === 'object' ? (licence.voiceover as Voiceover) : null
    const renewable =
      customer &&
      (licence.status === 'active' || licence.status === 'expired') &&
      licence.endsAt !== null
    return {
      id: licence.id,
      bookingId: booking?.id ?? (typeof licence.booking === 'number' ? licence.booking : null),
      projectTitle: booking?.projectTitle ?? licence.reference ?? '',
      voice: voice?.name ?? '',
      media: (licence.media as UsageMedia | null | undefined) ?? null,
      region: (licence.region as UsageRegion | null | undefined) ?? null,
      term: licence.term as UsageTerm,
      startsAt: licence.startsAt,
      endsAt: licence.endsAt ?? null,
      status: licence.status,
      aiVoiceCloning: licence.terms?.aiVoiceCloning === 'permitted' ? 'permitted' : 'prohibited',
      renewalCents: renewable
        ? renewalFeeCents({ usageFeeCents: licence.usageFeeCents ?? 0, percent: renewalPercent })
        : null,
    }
  })
}
