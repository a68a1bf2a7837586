import type { PayloadRequest } from 'payload'

import type { TransitionActor } from '@/domain/bookingStatus'

export const relationId = (value: unknown): number | string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

/**
 * Who `user` is relative to this booking: its customer, its assigned artist, an admin — or `null`
 * when they have nothing to do with it (or nobody is logged in). System code (uploads, timers) passes
 * `actor: 'system'` to `transitionBooking` itself.
 */
export const actorFor = (
  user: PayloadRequest['user'] | null | undefined,
  booking: { customer?: unknown; artist?: unknown },
): TransitionActor | null => {
  if (!user) return null
  if (user.role === 'admin') return 'admin'
  if (String(relationId(booking.customer)) === String(user.id)) return 'customer'
  if (String(relationId(booking.artist)) === String(user.id)) return 'artist'
  return null
}
