import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { resolutionVersion } from '@/domain/reviewComments'
import { UserError } from '@/errors/UserError'
import type { ReviewComment } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Marking a comment resolved records the version that resolves it: the booking's newest delivery,
 * which must be newer than the version the comment was made on (`resolutionVersion`) — a pickup is
 * fixed by a new take, so before it is delivered the answer is 409. Marking it open again clears
 * the record. Who may do this is field access (`resolved`: the booking's artist and admins).
 */
export const resolvePickup: CollectionBeforeChangeHook<ReviewComment> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (typeof data.resolved !== 'boolean' || data.resolved === Boolean(originalDoc.resolved)) {
    return data
  }
  if (!data.resolved) {
    return { ...data, resolvedIn: null, resolvedAt: null, resolvedBy: null }
  }
  const bookingId = relationId(originalDoc.booking) as number
  // System read: the booking's newest version, whoever may see it.
  const newest = await req.payload.find({
    collection: slugs.deliverables,
    where: { booking: { equals: bookingId } },
    sort: '-version',
    limit: 1,
    depth: 0,
    select: { version: true },
    req,
    overrideAccess: true,
  })
  const latest = newest.docs[0]
  const version = resolutionVersion({
    commentVersion: originalDoc.version ?? 1,
    latestVersion: latest?.version,
  })
  if (version === null || !latest) {
    throw new UserError(
      { key: 'reviewComment.resolveInNewerVersion', values: { version: originalDoc.version ?? 1 } },
      409,
    )
  }
  return {
    ...data,
    resolvedIn: latest.id,
    resolvedAt: new Date().toISOString(),
    resolvedBy: req.user?.id ?? null,
  }
}
