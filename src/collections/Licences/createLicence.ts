import type { PayloadRequest } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { licencePeriod, renewalStart } from '@/domain/licence'
import type { QuoteLine, UsageTerm } from '@/domain/pricing'
import { usageTerms } from '@/domain/pricing'
import type { Booking, Licence } from '@/payload-types'
import { slugs } from '@/slugs'

/** The usage-licence line of a booking's quote, in cents (0 when it had none, e.g. internal use). */
export const usageFeeOf = (booking: Pick<Booking, 'quoteBreakdown'>): number => {
  const lines = (booking.quoteBreakdown as { lines?: QuoteLine[] } | null | undefined)?.lines ?? []
  return lines.filter((l) => l.kind === 'usage_licence').reduce((sum, l) => sum + l.amountCents, 0)
}

/**
 * The licence a booking granted, or null when it has none (yet). A system read, inside `req`'s
 * transaction: the licence follows from the booking's completion or cancellation, whoever made it.
 */
export const findLicenceOfBooking = async (
  req: PayloadRequest,
  bookingId: number,
): Promise<Licence | null> => {
  const { docs } = await req.payload.find({
    collection: slugs.licences,
    where: { booking: { equals: bookingId } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

const termOf = (booking: Booking): UsageTerm => {
  const term = booking.usage?.term
  return (usageTerms as readonly string[]).includes(term ?? '') ? (term as UsageTerm) : '12_months'
}

/**
 * Grants the usage licence of a booking that has just completed, inside the caller's transaction
 * (`transitionBooking` calls it on every move to `completed`). Idempotent per booking: a licence
 * that exists is returned as it is (the unique `booking` column backs this against races).
 *
 * In: the booking as stored after the change. Out: its licence. The licence copies the booking's
 * usage (media, region, term), parties and accepted terms version, and starts now — or, for a
 * renewal booking (`kind: 'renewal'`), when the licence it renews ends (now if that one lapsed),
 * keeping that licence's terms and original usage fee and linking both ways (`renews`/`renewedBy`).
 * Periods follow `domain/licence.ts` (end of the Amsterdam day, month-end clamped). Throws what
 * the database throws.
 */
export const createLicence = async ({
  req,
  booking,
  now = new Date(),
}: {
  req: PayloadRequest
  booking: Booking
  now?: Date
}): Promise<Licence> => {
  // System reads and writes: the licence follows from the completion, whoever completed it.
  const existing = await findLicenceOfBooking(req, booking.id)
  if (existing) return existing

  const renewed =
    booking.kind === 'renewal' && booking.renewalOf
      ? // System read: the licence a renewal booking renews, inside the completing transaction.
        await req.payload.findByID({
          collection: slugs.licences,
          id: relationId(booking.renewalOf) as number,
          depth: 0,
          req,
          overrideAccess: true,
        })
      : null
  const term = termOf(booking)
  const startsAt = renewed
    ? renewalStart({ endsAt: renewed.endsAt ? new Date(renewed.endsAt) : null, now })
    : now
  // A renewal starts at the old licence's last instant, so it runs `term` from that licence's
  // last day (renewals don't drift a day each time).
  const period = licencePeriod({ startsAt, term })

  const licence = await req.payload.create({
    collection: slugs.licences,
    data: {
      reference: booking.reference ?? null,
      booking: booking.id,
      customer: relationId(booking.customer) as number | null,
      artist: relationId(booking.artist) as number | null,
      voiceover: relationId(booking.voiceover) as number,
      media: booking.usage?.media ?? null,
      region: booking.usage?.region ?? null,
      term,
      startsAt: period.startsAt.toISOString(),
      endsAt: period.endsAt ? period.endsAt.toISOString() : null,
      status: 'active',
      usageFeeCents: renewed ? (renewed.usageFeeCents ?? 0) : usageFeeOf(booking),
      terms: renewed
        ? {
            version: renewed.terms?.version ?? null,
            language: renewed.terms?.language ?? null,
            acceptedAt: renewed.terms?.acceptedAt ?? null,
            aiVoiceCloning: renewed.terms?.aiVoiceCloning ?? 'prohibited',
          }
        : {
            version: booking.termsAcceptance?.version ?? null,
            language: booking.termsAcceptance?.language ?? null,
            acceptedAt: booking.termsAcceptance?.acceptedAt ?? null,
            aiVoiceCloning: 'prohibited',
          },
      renews: renewed?.id ?? null,
    },
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (renewed) {
    // A direct row write: the old licence's status was already moved by the renewal's compare-and-set.
    await req.payload.db.updateOne({
      collection: slugs.licences,
      id: renewed.id,
      data: { renewedBy: licence.id },
      req,
      returning: false,
    })
  }
  return licence
}
