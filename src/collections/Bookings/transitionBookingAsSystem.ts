import type { PayloadRequest } from 'payload'

import type { BookingStatus } from '@/domain/bookingStatus'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

import { SYSTEM_TRANSITION } from './actorFor'

/**
 * Moves a booking on nobody's behalf (an upload, a timer) through the same hook, state machine and
 * compare-and-set as a user's PATCH, inside `req`'s transaction. Bypasses collection access on
 * purpose: the state machine checks the transition as actor 'system'.
 */
export const transitionBookingAsSystem = async ({
  req,
  id,
  to,
}: {
  req: PayloadRequest
  id: number | string
  to: BookingStatus
}): Promise<Booking> => {
  req.context[SYSTEM_TRANSITION] = true
  try {
    return await req.payload.update({
      collection: slugs.bookings,
      id,
      data: { status: to },
      depth: 0,
      req,
      overrideAccess: true,
    })
  } finally {
    delete req.context[SYSTEM_TRANSITION]
  }
}
