import type { PayloadRequest } from 'payload'

import type { TransitionActor } from '@/domain/bookingStatus'

/** Context key system code sets when it moves a booking on nobody's behalf (an upload, a timer). */
export const SYSTEM_TRANSITION = 'systemTransition'

export const relationId = (value: unknown): number | string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

/** Who is asking, relative to this booking; `null` when they have nothing to do with it. */
export const actorFor = (
  req: PayloadRequest,
  booking: { customer?: unknown; artist?: unknown },
): TransitionActor | null => {
  if (req.context[SYSTEM_TRANSITION] === true) return 'system'
  const user = req.user
  if (!user) return null
  if (user.role === 'admin') return 'admin'
  if (String(relationId(booking.customer)) === String(user.id)) return 'customer'
  if (String(relationId(booking.artist)) === String(user.id)) return 'artist'
  return null
}
