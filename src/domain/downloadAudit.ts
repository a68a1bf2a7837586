import { agencyDateOf } from './time'

/**
 * The key that makes a private file's download audited once per person, file and day: the agency's
 * rule for a trail that says who took a confidential script or recording without a row per seek of
 * the audio player. Input: who (a user id, or null for a caller without an account), which file
 * (collection slug and document id) and when. Output: e.g.
 * `download:scripts:12:user:7:2026-11-30`, the day being the Europe/Amsterdam calendar day. Pure.
 */
export const downloadOnceKey = ({
  collection,
  fileId,
  userId,
  at,
}: {
  collection: string
  fileId: number | string
  userId: number | string | null
  at: Date
}): string => `download:${collection}:${fileId}:user:${userId ?? 'none'}:${agencyDateOf(at)}`
