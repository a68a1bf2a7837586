/**
 * The artist's fee for a booking: their share of what the customer pays the agency, before VAT.
 * Pure, so the rule can be read and tested without Payload.
 *
 * Rule (agreed with the agency, issue 13): fee = booking price excl. VAT × share% / 100, rounded
 * DOWN to a whole cent. Rounding down means the agency never pays out a fraction of a cent more than
 * the agreed share; the difference is at most 1 cent per booking. The price is the final price when
 * an admin set one, else the quoted price (both excl. VAT, integer cents).
 */

/** The share the agency pays an artist when the Pricing global doesn't say (percent of the price excl. VAT). */
export const DEFAULT_ARTIST_SHARE_PERCENT = 60

/** True for a share the Pricing global accepts: a whole number of percent, 0–100. */
export const isArtistSharePercent = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100

/**
 * The artist's fee in integer cents.
 * Input: `priceExclVatCents` (integer ≥ 0), `sharePercent` (integer 0–100).
 * Output: floor(price × share / 100), e.g. 45 001 cents at 60% → 27 000 cents (27 000.6 rounded down).
 * Throws RangeError for a negative or fractional price or a share outside 0–100 / not whole.
 */
export const artistFeeCents = ({
  priceExclVatCents,
  sharePercent,
}: {
  priceExclVatCents: number
  sharePercent: number
}): number => {
  if (!Number.isInteger(priceExclVatCents) || priceExclVatCents < 0) {
    throw new RangeError(`price must be a whole number of cents ≥ 0, got ${priceExclVatCents}`)
  }
  if (!isArtistSharePercent(sharePercent)) {
    throw new RangeError(`share must be a whole percentage 0–100, got ${sharePercent}`)
  }
  // Integer arithmetic: price × share stays far below 2^53 for any real booking.
  return Math.floor((priceExclVatCents * sharePercent) / 100)
}

/**
 * The price the fee is a share of: the admin's final price when set, else the quoted price; null when
 * the booking has neither (then there is no fee to show yet).
 */
export const feeBasisCents = ({
  finalPrice,
  quotedPrice,
}: {
  finalPrice?: number | null
  quotedPrice?: number | null
}): number | null =>
  typeof finalPrice === 'number' ? finalPrice : typeof quotedPrice === 'number' ? quotedPrice : null
