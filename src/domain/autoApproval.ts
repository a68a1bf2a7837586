/**
 * A delivery left in review longer than the agency's limit is approved on the customer's behalf.
 * Pure rule: the job that applies it passes the clock in, so tests drive time instead of sleeping.
 */
const DAY_MS = 24 * 60 * 60 * 1000

export const autoApprovalDate = ({
  reviewSince,
  days,
}: {
  reviewSince: Date
  days: number
}): Date => new Date(reviewSince.getTime() + days * DAY_MS)

export const isDueForAutoApproval = ({
  reviewSince,
  now,
  days,
}: {
  reviewSince: Date
  now: Date
  days: number
}): boolean => now.getTime() >= autoApprovalDate({ reviewSince, days }).getTime()

/** The latest moment a booking may have entered review and be due now. */
export const autoApprovalCutoff = ({ now, days }: { now: Date; days: number }): Date =>
  new Date(now.getTime() - days * DAY_MS)
