import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { actorFor, relationId } from '@/collections/Bookings/actorFor'
import { isWellFormedId } from '@/domain/queryShape'
import type { ReviewTimeProblem } from '@/domain/reviewComments'
import { REVIEW_COMMENT_MAX_LENGTH, reviewTimeProblem } from '@/domain/reviewComments'
import { UserError } from '@/errors/UserError'
import type { ReviewComment } from '@/payload-types'
import { slugs } from '@/slugs'

/** Throws the 400 for a comment's times that don't fit its version (see `reviewTimeProblem`). */
export const refuseBadTimes = ({
  startSeconds,
  endSeconds,
  durationSeconds,
}: {
  startSeconds: unknown
  endSeconds: unknown
  durationSeconds: number | null | undefined
}) => {
  const problem: ReviewTimeProblem | null = reviewTimeProblem({
    startSeconds,
    endSeconds,
    durationSeconds,
  })
  if (!problem) return
  const duration = Math.floor((durationSeconds ?? 0) * 10) / 10
  throw new UserError({ key: `reviewComment.${problem}`, values: { duration } }, 400)
}

/** The body trimmed to 1–REVIEW_COMMENT_MAX_LENGTH characters; throws the 400 otherwise. */
const cleanBody = (value: unknown): string => {
  const body = typeof value === 'string' ? value.trim() : ''
  if (body.length === 0) throw new UserError({ key: 'reviewComment.empty' }, 400)
  const length = [...body].length
  if (length > REVIEW_COMMENT_MAX_LENGTH) {
    throw new UserError(
      { key: 'reviewComment.tooLong', values: { max: REVIEW_COMMENT_MAX_LENGTH, length } },
      400,
    )
  }
  return body
}

/** The delivery a comment is on, read with the commenter's own access (404 when not theirs). */
const deliveryFor = async (req: PayloadRequest, ref: unknown) => {
  const id = relationId(ref)
  if (id === null || id === '') throw new UserError({ key: 'reviewComment.sayWhichVersion' }, 400)
  if (!isWellFormedId(id)) throw new UserError({ key: 'reviewComment.sayWhichVersion' }, 400)
  const found = await req.payload.find({
    collection: slugs.deliverables,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const deliverable = found.docs[0]
  if (!deliverable) throw new UserError({ key: 'reviewComment.versionNotFound' }, 404)
  return deliverable
}

/**
 * A new comment gets everything but its moment and text from the server: the delivery is read with
 * the commenter's own access, its booking, version and parties are copied (read access is then a
 * plain filter), the author is the logged-in user and the comment starts open. Only the booking's
 * customer (or an admin) comments, and only while the booking waits for the customer's review.
 * Times must fit the version (`reviewTimeProblem`, with the detected duration); the body is trimmed
 * to 1–2000 characters. An admin changing times or text later is checked the same way.
 * Throws a `UserError`: 400 (no or bad delivery id, bad times, bad body), 403 (not the customer),
 * 404 (delivery not found), 409 (booking not in review).
 */
export const prepareReviewComment: CollectionBeforeChangeHook<ReviewComment> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (operation === 'update') {
    if (!originalDoc) return data
    const touched = ['startSeconds', 'endSeconds', 'body'].some(
      (key) => key in data && data[key as keyof typeof data] !== originalDoc[key as 'body'],
    )
    if (!touched) return data
    // System read: the version's duration bounds the new times.
    const deliverable = await req.payload.findByID({
      collection: slugs.deliverables,
      id: relationId(originalDoc.deliverable) as number,
      depth: 0,
      req,
      overrideAccess: true,
    })
    refuseBadTimes({
      startSeconds: data.startSeconds,
      endSeconds: data.endSeconds,
      durationSeconds: deliverable.audio?.durationSeconds,
    })
    return { ...data, body: cleanBody(data.body) }
  }
  if (!user) throw new UserError({ key: 'reviewComment.onlyCustomer' }, 403)
  const deliverable = await deliveryFor(req, data.deliverable)
  // System read: the booking's status and parties decide; the delivery already proved access.
  const booking = await req.payload.findByID({
    collection: slugs.bookings,
    id: relationId(deliverable.booking) as number,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const actor = actorFor(user, booking)
  if (actor !== 'customer' && actor !== 'admin') {
    throw new UserError({ key: 'reviewComment.onlyCustomer' }, 403)
  }
  if (booking.status !== 'review') {
    throw new UserError(
      {
        key: 'reviewComment.notInReview',
        values: { status: { key: `status.${booking.status}` } },
      },
      409,
    )
  }
  refuseBadTimes({
    startSeconds: data.startSeconds,
    endSeconds: data.endSeconds,
    durationSeconds: deliverable.audio?.durationSeconds,
  })
  return {
    ...data,
    body: cleanBody(data.body),
    endSeconds: typeof data.endSeconds === 'number' ? data.endSeconds : null,
    deliverable: deliverable.id,
    version: deliverable.version ?? 1,
    booking: booking.id,
    customer: relationId(booking.customer) as number | null,
    artist: relationId(booking.artist) as number | null,
    author: user.id,
    resolved: false,
    resolvedIn: null,
    resolvedAt: null,
    resolvedBy: null,
  }
}
