import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { withTransaction } from '@/db/withTransaction'
import { autoApprovalCutoff, isDueForAutoApproval } from '@/domain/autoApproval'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Approves, as the system, the newest delivery of one booking in review — in its own transaction,
 * through the deliverable's hook, so the booking completes (and is invoiced and announced) exactly
 * as if the customer had approved, and the audit trail says it was the system. Returns false when
 * there was nothing to approve or someone decided first.
 */
export const autoApproveBooking = async ({
  payload,
  booking,
}: {
  payload: Payload
  booking: Booking
}): Promise<boolean> => {
  // No user on this request: the deliverable's decision hook acts as the system.
  const req = await createLocalReq({}, payload)
  try {
    return await withTransaction(req, async () => {
      // System query: the job acts for the agency.
      const latest = await payload.find({
        collection: slugs.deliverables,
        where: {
          and: [
            { booking: { equals: booking.id } },
            { version: { equals: booking.deliveryCount } },
          ],
        },
        depth: 0,
        limit: 1,
        req,
        overrideAccess: true,
      })
      const delivery = latest.docs[0]
      if (!delivery || delivery.decision) return false
      await payload.update({
        collection: slugs.deliverables,
        id: delivery.id,
        data: { decision: 'approved' },
        depth: 0,
        req,
        overrideAccess: true,
      })
      return true
    })
  } catch (error) {
    // Someone decided in the meantime (409): nothing to auto-approve.
    payload.logger.info({ msg: `Auto-approval skipped booking ${booking.id}`, err: error })
    return false
  }
}

/**
 * Sweeps every booking that has waited in review longer than the pricing global's `autoApproveDays`
 * (a safety net next to the per-booking timers). `now` is passed in so tests drive the clock.
 */
export const autoApproveDueBookings = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<number[]> => {
  const req = await createLocalReq({}, payload)
  const { autoApproveDays } = await getPricingSettings(req)
  const cutoff = autoApprovalCutoff({ now, days: autoApproveDays })
  // System query across all customers.
  const due = await payload.find({
    collection: slugs.bookings,
    where: {
      and: [
        { status: { equals: 'review' } },
        { statusChangedAt: { less_than_equal: cutoff.toISOString() } },
      ],
    },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  const approved: number[] = []
  for (const booking of due.docs) {
    // The cutoff is an hour generous around DST changes: the rule decides.
    const reviewSince = booking.statusChangedAt ? new Date(booking.statusChangedAt) : null
    if (!reviewSince || !isDueForAutoApproval({ reviewSince, now, days: autoApproveDays })) continue
    if (await autoApproveBooking({ payload, booking })) approved.push(booking.id)
  }
  return approved
}
