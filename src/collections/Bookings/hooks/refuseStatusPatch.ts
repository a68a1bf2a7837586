import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { takeIncoming } from '@/hooks/captureIncoming'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * A booking's status changes only through `transitionBooking` (`POST /api/bookings/:id/transition`),
 * which checks the state machine, the caller's preconditions and races in one place. An update that
 * asks for another status is refused with a pointer to that endpoint (400); the admin panel
 * re-sending the stored status passes, and the stored status is kept whatever the update carries.
 */
export const refuseStatusPatch: CollectionBeforeChangeHook<Booking> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const requested = takeIncoming(req, slugs.bookings, 'status')
  if (requested && requested.value !== originalDoc.status) {
    throw new UserError(
      {
        key: 'booking.statusThroughTransition',
        values: { id: String(originalDoc.id), to: String(requested.value) },
      },
      400,
    )
  }
  return { ...data, status: originalDoc.status }
}
