import { getPayload } from 'payload'

import config from '@payload-config'
import type { ReviewCommentView, ReviewVersion } from '@/components/review/WaveformReview'
import type { Pickup } from '@/domain/reviewComments'
import type { WaveformPeaks } from '@/domain/waveformPeaks'
import type { Deliverable, User } from '@/payload-types'
import { slugs } from '@/slugs'

const idOf = (value: unknown): number | null =>
  typeof value === 'object' && value !== null
    ? Number((value as { id: unknown }).id)
    : typeof value === 'number'
      ? value
      : null

/** The pickup list stored with a revision request, or [] (the JSON field holds `Pickup[]`). */
export const pickupsOf = (deliverable: Pick<Deliverable, 'pickups'>): Pickup[] =>
  Array.isArray(deliverable.pickups) ? (deliverable.pickups as Pickup[]) : []

/**
 * What the booking page's review player needs: the playable versions oldest first (file URL,
 * precomputed peaks and length) and the booking's review comments as `user` may read them, each
 * with the version that resolved it and its number in the newest pickup list. `deliverables` are the
 * booking's deliveries as the page already read them (with the user's access).
 */
export const getReviewComments = async ({
  user,
  bookingId,
  deliverables,
}: {
  user: User
  bookingId: number
  deliverables: Deliverable[]
}): Promise<{ versions: ReviewVersion[]; comments: ReviewCommentView[] }> => {
  const payload = await getPayload({ config })
  const found = await payload.find({
    collection: slugs.reviewComments,
    where: { booking: { equals: bookingId } },
    depth: 0,
    limit: 500,
    sort: 'startSeconds',
    user,
    overrideAccess: false,
  })
  const versionOf = new Map(deliverables.map((d) => [d.id, d.version ?? 1]))
  const newestRequest = [...deliverables]
    .sort((a, b) => (b.version ?? 1) - (a.version ?? 1))
    .find((d) => pickupsOf(d).length > 0)
  const pickupNumber = new Map(
    (newestRequest ? pickupsOf(newestRequest) : []).map((p) => [p.id, p.number]),
  )
  const versions = deliverables
    .filter((d) => Boolean(d.url))
    .sort((a, b) => (a.version ?? 1) - (b.version ?? 1))
    .map((d) => {
      const peaks = d.waveform?.peaks as WaveformPeaks | null | undefined
      return {
        id: d.id,
        version: d.version ?? 1,
        url: d.url as string,
        peaks: d.waveform?.status === 'ready' && peaks ? peaks.data : null,
        durationSeconds: d.waveform?.durationSeconds ?? d.audio?.durationSeconds ?? null,
      }
    })
  const comments = found.docs.map((c) => {
    const resolvedIn = idOf(c.resolvedIn)
    return {
      id: c.id,
      version: c.version ?? 1,
      startSeconds: c.startSeconds,
      endSeconds: c.endSeconds ?? null,
      body: c.body,
      resolved: Boolean(c.resolved),
      resolvedInVersion: resolvedIn === null ? null : (versionOf.get(resolvedIn) ?? null),
      pickupNumber: pickupNumber.get(c.id) ?? null,
    }
  })
  return { versions, comments }
}
