import type { BookingStatus } from './bookingStatus'

/**
 * What makes a booking stand out on the artist's dashboard (issue 13: "overdue and
 * revision-requested bookings flagged"). Pure: no Payload import.
 */

/** Statuses in which the artist owes work, so a passed deadline means the booking is late. */
export const artistWorkStatuses = [
  'script_received',
  'in_production',
] as const satisfies readonly BookingStatus[]

/** Finished bookings: shown last on the dashboard. */
export const finishedStatuses = [
  'completed',
  'cancelled',
] as const satisfies readonly BookingStatus[]

export type AttentionFlag = 'overdue' | 'revision'

/**
 * The flags of one booking at `now`:
 * - `overdue`: the artist owes work (script received or recording) and the deadline has passed;
 * - `revision`: the customer asked for a revision and the artist hasn't delivered the new version
 *   yet (status back in recording after at least one revision round).
 * Input: the booking's status, deadline (ISO 8601 or null) and revision rounds so far; `now`.
 * Output: the flags, overdue first (an empty list for most bookings).
 */
export const attentionFlags = ({
  status,
  deadline,
  revisionRounds,
  now,
}: {
  status: BookingStatus
  deadline?: string | null
  revisionRounds?: number | null
  now: Date
}): AttentionFlag[] => {
  const flags: AttentionFlag[] = []
  const owesWork = (artistWorkStatuses as readonly BookingStatus[]).includes(status)
  if (owesWork && deadline && new Date(deadline).getTime() < now.getTime()) flags.push('overdue')
  if (status === 'in_production' && (revisionRounds ?? 0) > 0) flags.push('revision')
  return flags
}
