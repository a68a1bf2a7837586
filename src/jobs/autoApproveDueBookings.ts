import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { SYSTEM_TRANSITION } from '@/collections/Bookings/actorFor'
import { withTransaction } from '@/db/withTransaction'
import { autoApprovalCutoff } from '@/domain/autoApproval'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { slugs } from '@/slugs'

/**
 * Approves, as the system, the newest delivery of every booking that has waited in review longer
 * than the pricing global's `autoApproveDays`. Each booking in its own transaction; the decision
 * goes through the deliverable's hook, so the booking completes (and is invoiced) exactly as if the
 * customer had approved, and the audit trail says it was the system. Returns the approved bookings.
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
  // System query: the job acts for the agency, across all customers.
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
    const bookingReq = await createLocalReq({ context: { [SYSTEM_TRANSITION]: true } }, payload)
    try {
      await withTransaction(bookingReq, async () => {
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
          req: bookingReq,
          overrideAccess: true,
        })
        const delivery = latest.docs[0]
        if (!delivery) return
        // System decision: recorded as auto-approved, no user.
        await payload.update({
          collection: slugs.deliverables,
          id: delivery.id,
          data: { decision: 'approved' },
          depth: 0,
          req: bookingReq,
          overrideAccess: true,
        })
        approved.push(booking.id)
      })
    } catch (error) {
      // Someone decided in the meantime (409): nothing to auto-approve for this booking.
      payload.logger.info({ msg: `Auto-approval skipped booking ${booking.id}`, err: error })
    }
  }
  return approved
}
