import { addAgencyDays, DAY_MS, HOUR_MS } from './time'

/**
 * A delivery left in review longer than the agency's limit is approved on the customer's behalf.
 * Pure rule: the job that applies it passes the clock in, so tests drive time instead of sleeping.
 */

/**
 * When a delivery that entered review at `reviewSince` is approved automatically: `days` calendar
 * days later at the same Amsterdam wall-clock time (so not an hour off across a DST change).
 */
export const autoApprovalDate = ({
  reviewSince,
  days,
}: {
  reviewSince: Date
  days: number
}): Date => addAgencyDays({ from: reviewSince, days })

/** True once `now` has reached the auto-approval date. */
export const isDueForAutoApproval = ({
  reviewSince,
  now,
  days,
}: {
  reviewSince: Date
  now: Date
  days: number
}): boolean => now.getTime() >= autoApprovalDate({ reviewSince, days }).getTime()

/**
 * A bound for the database query: every booking that is due now entered review at or before this
 * moment. `days` Amsterdam days last at least 24 × days − 1 hours, so the bound is an hour generous
 * around a DST change — callers confirm each candidate with `isDueForAutoApproval`.
 */
export const autoApprovalCutoff = ({ now, days }: { now: Date; days: number }): Date =>
  new Date(now.getTime() - days * DAY_MS + HOUR_MS)
