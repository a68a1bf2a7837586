import type { PayloadRequest } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { transitionBooking } from '@/collections/Bookings/transitionBooking'
import { compareAndSetStatus } from '@/db/compareAndSetStatus'
import { renewalFeeCents } from '@/domain/licence'
import type { Quote } from '@/domain/pricing'
import { UserError } from '@/errors/UserError'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Booking, Licence } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * The renewal's quote: one usage-licence line at the Pricing global's `renewalPercent` of the
 * original usage fee (integer cents excl. VAT; the invoice adds VAT by its own rules).
 */
const renewalQuote = ({ licence, percent }: { licence: Licence; percent: number }): Quote => {
  const amountCents = renewalFeeCents({ usageFeeCents: licence.usageFeeCents ?? 0, percent })
  return {
    lines: [
      {
        kind: 'usage_licence',
        label: `Usage licence renewal (${licence.media ?? ''}, ${licence.region ?? ''}, ${licence.term.replace('_', ' ')})`,
        amountCents,
      },
    ],
    totalCents: amountCents,
    currency: 'EUR',
  }
}

/**
 * One-click renewal of a usage licence, in `req`'s transaction (the caller opens it):
 * 1. refuses a perpetual licence (409), a cancelled one (409) and one already renewed (409);
 * 2. compare-and-sets the licence's status from `active` (or `expired`) to `renewed` in one SQL
 *    statement — of two racing requests (a double click) exactly one wins, the other gets 409;
 * 3. creates a renewal booking (`kind: 'renewal'`) for the same recording, customer, artist and
 *    usage, priced at `renewalPercent` % of the licence's original usage fee, needing no script or
 *    recording;
 * 4. completes it at once as the system (`transitionBooking`; the renewal-only rule in
 *    `domain/bookingStatus.ts`), which grants the new licence (`createLicence`: from the old end, or
 *    now when it lapsed) and queues the invoice and the completion emails.
 * In: the licence as the caller may read it, and the request (its user is the customer or an admin:
 * the endpoint checks). Out: the renewal booking and the new licence. Throws `UserError` 409.
 */
export const renewLicence = async ({
  req,
  licence,
}: {
  req: PayloadRequest
  licence: Licence
}): Promise<{ booking: Booking; licence: Licence }> => {
  if (!licence.endsAt || licence.term === 'perpetual') {
    throw new UserError({ key: 'licence.perpetual' }, 409)
  }
  if (licence.status === 'cancelled') throw new UserError({ key: 'licence.cancelled' }, 409)
  const won =
    (await compareAndSetStatus({
      req,
      table: slugs.licences,
      id: licence.id,
      from: 'active',
      to: 'renewed',
    })) ||
    (await compareAndSetStatus({
      req,
      table: slugs.licences,
      id: licence.id,
      from: 'expired',
      to: 'renewed',
    }))
  if (!won) throw new UserError({ key: 'licence.alreadyRenewed' }, 409)

  // System reads: the booking that first granted the licence, and the agency's renewal rate.
  const original = await req.payload.findByID({
    collection: slugs.bookings,
    id: relationId(licence.booking) as number,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const { renewalPercent } = await getPricingSettings(req)
  const quote = renewalQuote({ licence, percent: renewalPercent })
  // System write: `kind` and `renewalOf` are writable by no API caller; the request's user (the
  // customer, or an admin on their behalf) is who books, so quotas and billing checks apply.
  const booking = await req.payload.create({
    collection: slugs.bookings,
    data: {
      kind: 'renewal',
      renewalOf: licence.id,
      projectTitle: original.projectTitle,
      projectType: original.projectType,
      voiceover: relationId(licence.voiceover ?? original.voiceover) as number,
      customer: relationId(licence.customer ?? original.customer) as number,
      artist: relationId(licence.artist ?? original.artist) as number | null,
      status: 'pending_script',
      usage: { media: licence.media, region: licence.region, term: licence.term },
      wordCount: original.wordCount ?? null,
      rushOrder: false,
      quotedPrice: quote.totalCents,
      quoteBreakdown: quote,
      statusChangedAt: new Date().toISOString(),
      deliveryCount: 0,
      revisionRounds: 0,
      billableRevisions: 0,
    },
    depth: 0,
    req,
    overrideAccess: true,
  })
  const completed = await transitionBooking({
    req,
    id: booking.id,
    to: 'completed',
    actor: 'system',
  })
  // System read: the licence the completion just created (licences are never created over the API).
  const renewal = await req.payload.find({
    collection: slugs.licences,
    where: { booking: { equals: completed.id } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  return { booking: completed, licence: renewal.docs[0] as Licence }
}
