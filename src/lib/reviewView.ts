import { createLocalReq, getPayload } from 'payload'

import config from '@payload-config'
import { autoApprovalDate } from '@/domain/autoApproval'
import { estimateInvoiceTotals } from '@/domain/invoice'
import type { RevisionCharge } from '@/domain/revisions'
import { nextRevisionCharge, revisionDeadline, revisionRoundsLeft } from '@/domain/revisions'
import { vatTreatment } from '@/domain/vat'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { buyerFromSnapshot, buyerFromUser } from '@/invoices/invoiceParties'
import type { Booking, Deliverable, User } from '@/payload-types'

export type ReviewView = {
  /** Free revision rounds in every booking (Pricing global). */
  freeRounds: number
  /** Free rounds the customer has left. */
  roundsLeft: number
  /** Fee per round beyond the free ones, cents excl. VAT (Pricing global). */
  revisionFeeCents: number
  /** Working days a revision request gives the artist. */
  turnaroundDays: number
  /** The fee of each billable round so far, as recorded with the round (cents excl. VAT). */
  billableFeesCents: number[]
  /** When the delivery in review is approved automatically (ISO instant), while in review. */
  autoApprovalAt: string | null
  /** What a revision requested now costs, and the deadline it would set (ISO instant). */
  nextRevision: RevisionCharge & { deadline: string }
  /**
   * The invoice an approval now would issue, for the customer's confirmation: the total and whether
   * it includes VAT (it does once the customer's billing details decide the VAT), in cents.
   */
  invoiceEstimate: { totalCents: number; inclVat: boolean } | null
}

/**
 * The revision and approval facts the booking page shows: rounds left and the fee after them, the
 * auto-approval moment while in review, and what approving or asking for a revision now would do.
 * In: the booking, its deliveries (newest first) and the viewer (a customer gets the invoice estimate
 * from their billing details). Reads the Pricing global as a system read: its rules apply to every
 * booking and only these derived facts reach the page (it is admin-only over the API).
 */
export const getReviewView = async ({
  booking,
  deliverables,
  viewer,
  now = new Date(),
}: {
  booking: Booking
  deliverables: Pick<Deliverable, 'billableRevision' | 'revisionFeeCents'>[]
  viewer: User
  now?: Date
}): Promise<ReviewView> => {
  const payload = await getPayload({ config })
  const settings = await getPricingSettings(await createLocalReq({}, payload))
  const billableFeesCents = deliverables
    .filter((d) => d.billableRevision)
    .map((d) => d.revisionFeeCents ?? settings.revisionFeeCents)
  const nextCharge = nextRevisionCharge({
    freeRounds: settings.freeRevisionRounds,
    roundsUsed: booking.revisionRounds,
    feeCents: settings.revisionFeeCents,
  })
  const price = booking.finalPrice ?? booking.quotedPrice
  let invoiceEstimate: ReviewView['invoiceEstimate'] = null
  if (typeof price === 'number') {
    // The invoice's VAT follows the billing details the booking was made with (its snapshot, which
    // the invoice uses too); bookings from before snapshots use the customer's account. Only the
    // customer is shown the amount incl. VAT; others see it excl. VAT.
    const isCustomer = viewer.role === 'customer'
    const buyer = booking.billingSnapshot?.customerType
      ? buyerFromSnapshot(booking.billingSnapshot, viewer.email)
      : buyerFromUser(viewer)
    const ratePercent = isCustomer ? vatTreatment(buyer).ratePercent : 0
    const totals = estimateInvoiceTotals({
      priceCents: price,
      revisionFeesCents: billableFeesCents,
      ratePercent,
    })
    // Reverse charge and exports carry no Dutch VAT: the amount is then said to be excl. VAT.
    invoiceEstimate = isCustomer
      ? { totalCents: totals.totalCents, inclVat: ratePercent > 0 }
      : { totalCents: totals.subtotalCents, inclVat: false }
  }
  return {
    freeRounds: settings.freeRevisionRounds,
    roundsLeft: revisionRoundsLeft({
      freeRounds: settings.freeRevisionRounds,
      roundsUsed: booking.revisionRounds,
    }),
    revisionFeeCents: settings.revisionFeeCents,
    turnaroundDays: settings.revisionTurnaroundDays,
    billableFeesCents,
    autoApprovalAt:
      booking.status === 'review' && booking.statusChangedAt
        ? autoApprovalDate({
            reviewSince: new Date(booking.statusChangedAt),
            days: settings.autoApproveDays,
          }).toISOString()
        : null,
    nextRevision: {
      ...nextCharge,
      deadline: revisionDeadline({
        requestedAt: now,
        currentDeadline: booking.deadline,
        turnaroundDays: settings.revisionTurnaroundDays,
        endOfDay: settings.endOfDay,
        closureDays: settings.closureDays,
      }).toISOString(),
    },
    invoiceEstimate,
  }
}
