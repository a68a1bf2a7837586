import type { WorkingCalendar } from './time'
import { computeDeadline, DEFAULT_END_OF_DAY } from './time'

/**
 * Revision rounds: how many free rounds a booking has left, what the next one costs, and the
 * deadline a revision request sets. Pure: the caller passes the Pricing global's settings and the
 * booking's counters; nothing here reads a database. Money is integer euro cents.
 */

/** Working days the artist gets for a revision when the Pricing global doesn't say. */
export const DEFAULT_REVISION_TURNAROUND_DAYS = 2

/** The fee per billable revision round when the Pricing global doesn't say (cents, excl. VAT). */
export const DEFAULT_REVISION_FEE_CENTS = 7_500

/**
 * Free revision rounds the customer has left: `freeRounds` (Pricing global) minus the rounds
 * already requested (`roundsUsed`, the booking's `revisionRounds`), never below 0.
 */
export const revisionRoundsLeft = ({
  freeRounds,
  roundsUsed,
}: {
  freeRounds: number
  roundsUsed: number | null | undefined
}): number => Math.max(0, freeRounds - Math.max(0, roundsUsed ?? 0))

export type RevisionCharge = {
  /** The round this request would be (1 for the first revision). */
  round: number
  /** True when the round is beyond the free ones. */
  billable: boolean
  /** What the round costs in cents excl. VAT: 0 when free, else the revision fee. */
  feeCents: number
}

/**
 * What the next revision request costs. Rounds 1…`freeRounds` are free; every later round costs
 * `feeCents` (the Pricing global's `revisionFeeCents`, excl. VAT) and becomes a line on the invoice.
 */
export const nextRevisionCharge = ({
  freeRounds,
  roundsUsed,
  feeCents,
}: {
  freeRounds: number
  roundsUsed: number | null | undefined
  feeCents: number
}): RevisionCharge => {
  const round = Math.max(0, roundsUsed ?? 0) + 1
  const billable = round > freeRounds
  return { round, billable, feeCents: billable ? feeCents : 0 }
}

/**
 * The booking's deadline after a revision request made at `requestedAt`: the revision turnaround
 * (`turnaroundDays` working days, Pricing global `revisionTurnaroundDays`) counted from the request
 * by the same rule as a first deadline (`computeDeadline`: a request after the end of day or on a
 * non-working day counts from the next working day; weekends, Dutch public holidays and closure days
 * are skipped; the deadline falls at the end of day, Amsterdam time). A request only ever extends:
 * when the current deadline is later still, it stays. Returns the new deadline as a Date.
 * Example: requested Fri 24 Oct 2025 15:00 with 2 days → Tue 28 Oct 2025 18:00 CET.
 */
export const revisionDeadline = ({
  requestedAt,
  currentDeadline,
  turnaroundDays,
  endOfDay = DEFAULT_END_OF_DAY,
  closureDays = [],
}: WorkingCalendar & {
  requestedAt: Date
  currentDeadline: string | Date | null | undefined
  turnaroundDays: number
  endOfDay?: string
}): Date => {
  const extended = computeDeadline({
    receivedAt: requestedAt,
    turnaroundDays,
    rush: false,
    endOfDay,
    closureDays,
  })
  const current = currentDeadline ? new Date(currentDeadline) : null
  return current && current.getTime() > extended.getTime() ? current : extended
}
