import type { PayloadRequest } from 'payload'

import type { Quote } from '@/domain/pricing'
import { computeQuote, QuoteError } from '@/domain/pricing'
import { needsWordCountConfirmation } from '@/domain/scriptTiming'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Booking, Script } from '@/payload-types'
import { slugs } from '@/slugs'

import { normaliseUsage } from './quoteForBooking'

/** What the booking's current script says about its length and price (see `wordCountState`). */
export type WordCountState = {
  /** The current (not superseded) script, or null before one is uploaded. */
  script: Pick<Script, 'id' | 'version' | 'wordCount' | 'estimatedSeconds' | 'language'> | null
  /** The words the booking is priced for. */
  bookedWords: number
  /** The quote at the spoken count when it exceeds the booked count (null otherwise). */
  requote: Quote | null
  /** True while production must wait for the customer to confirm `requote`. */
  needsConfirmation: boolean
}

/** The artist's rate the booking was quoted at: its `voice_fee` line (a later rate change doesn't count). */
const bookedRateCents = (booking: Pick<Booking, 'quoteBreakdown'>): number | null => {
  const lines = (booking.quoteBreakdown as Quote | null | undefined)?.lines
  const fee = Array.isArray(lines) ? lines.find((l) => l.kind === 'voice_fee') : undefined
  return typeof fee?.amountCents === 'number' ? fee.amountCents : null
}

/**
 * The booking's current script, its spoken word count against the booked count, and — when the
 * script is longer — the quote for the spoken count: the same artist rate, usage and rush as booked,
 * the agency's current word pricing. `needsConfirmation` (domain/scriptTiming.ts) is true when that
 * quote costs more than the booking's price: production waits until the customer confirms it
 * (POST /api/bookings/:id/confirm-word-count). System reads inside the caller's transaction — the
 * caller has already checked that the user may see this booking; the prices in the result are for
 * customers and staff only (the booking page shows the artist no amounts).
 */
export const wordCountState = async ({
  req,
  booking: { id },
}: {
  req: PayloadRequest
  booking: Pick<Booking, 'id'>
}): Promise<WordCountState> => {
  // The price fields as stored: an artist's own read of the booking doesn't include them.
  const booking = await req.payload.findByID({
    collection: slugs.bookings,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    select: {
      wordCount: true,
      quotedPrice: true,
      quoteBreakdown: true,
      usage: true,
      rushOrder: true,
    },
  })
  // System read: the current script's count decides the price; the caller may read the booking.
  const found = await req.payload.find({
    collection: slugs.scripts,
    where: {
      and: [{ booking: { equals: booking.id } }, { supersededAt: { exists: false } }],
    },
    sort: '-version',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { version: true, wordCount: true, estimatedSeconds: true, language: true },
  })
  const script = found.docs[0] ?? null
  const bookedWords = booking.wordCount ?? 0
  const spokenWords = script?.wordCount
  let requote: Quote | null = null
  if (typeof spokenWords === 'number' && spokenWords > bookedWords) {
    try {
      requote = computeQuote({
        baseRateCents: bookedRateCents(booking),
        usage: normaliseUsage(booking.usage),
        wordCount: spokenWords,
        rush: Boolean(booking.rushOrder),
        settings: await getPricingSettings(req),
      })
    } catch (error) {
      // A booking without a recorded rate (made before quotes were stored): the agency prices it.
      if (!(error instanceof QuoteError)) throw error
    }
  }
  return {
    script: script
      ? {
          id: script.id,
          version: script.version,
          wordCount: script.wordCount,
          estimatedSeconds: script.estimatedSeconds,
          language: script.language,
        }
      : null,
    bookedWords,
    requote,
    needsConfirmation: needsWordCountConfirmation({
      spokenWords,
      bookedWords,
      requotedCents: requote?.totalCents,
      quotedCents: booking.quotedPrice,
    }),
  }
}
