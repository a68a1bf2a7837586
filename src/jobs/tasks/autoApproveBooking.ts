import type { TaskConfig } from 'payload'

import { autoApproveBooking } from '@/jobs/autoApproveDueBookings'
import { AUTO_APPROVE_TASK } from '@/notifications/queueNotifications'
import { slugs } from '@/slugs'

/**
 * Fires when a delivery has waited in review for the agency's limit. Approves only if the booking is
 * still in that same review (same `statusChangedAt`): a decision or a newer delivery in the meantime
 * makes this timer a no-op (the newer delivery set its own).
 */
export const autoApproveBookingTask: TaskConfig<{
  input: { booking: number; statusChangedAt: string }
  output: { approved: boolean }
}> = {
  slug: AUTO_APPROVE_TASK,
  label: 'Approve a delivery left in review',
  inputSchema: [
    { name: 'booking', type: 'number', required: true },
    { name: 'statusChangedAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'approved', type: 'checkbox', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    // System read: the timer acts for the agency.
    const booking = await req.payload
      .findByID({ collection: slugs.bookings, id: input.booking, depth: 0, overrideAccess: true })
      .catch(() => null)
    const same =
      booking?.status === 'review' &&
      booking.statusChangedAt !== null &&
      booking.statusChangedAt !== undefined &&
      new Date(booking.statusChangedAt).getTime() === new Date(input.statusChangedAt).getTime()
    if (!booking || !same) return { output: { approved: false } }
    return { output: { approved: await autoApproveBooking({ payload: req.payload, booking }) } }
  },
}
