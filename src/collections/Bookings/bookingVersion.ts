import type { Payload, PayloadRequest } from 'payload'

import { changeActions, type BookingVersion } from '@/domain/liveChanges'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

export type BookingVersionAnswer = BookingVersion & {
  /** The newest change event's action, e.g. `deliverable.uploaded`. */
  action: string
}

/**
 * A booking's version as `user` may see it: the newest change event's id and the number of change
 * events (`domain/liveChanges`), read through the audit trail's own access (the booking's parties
 * and admins) — one indexed query on `booking` plus its count. Output: null when the booking
 * doesn't exist or isn't the user's (every booking has at least its `booking.created` event).
 * Input `id` as in the URL; anything but digits is null.
 */
export const bookingVersion = async ({
  payload,
  req,
  user,
  id,
}: {
  payload: Payload
  req?: PayloadRequest
  user: User
  id: number | string
}): Promise<BookingVersionAnswer | null> => {
  if (!/^\d+$/.test(String(id))) return null
  const found = await payload.find({
    collection: slugs.auditEvents,
    where: { and: [{ booking: { equals: Number(id) } }, { action: { in: changeActions } }] },
    sort: '-id',
    limit: 1,
    depth: 0,
    select: { action: true },
    ...(req ? { req } : {}),
    user,
    overrideAccess: false,
  })
  const newest = found.docs[0]
  if (!newest) return null
  return { newestId: Number(newest.id), count: found.totalDocs, action: newest.action }
}

/**
 * The actions of the change events on booking `id` newer than `afterId` (oldest first, at most
 * 20), as `user` may see them: what a page that knew `afterId` has missed, to say what changed.
 */
export const changesSince = async ({
  payload,
  req,
  user,
  id,
  afterId,
}: {
  payload: Payload
  req?: PayloadRequest
  user: User
  id: number
  afterId: number
}): Promise<string[]> => {
  const found = await payload.find({
    collection: slugs.auditEvents,
    where: {
      and: [
        { booking: { equals: id } },
        { action: { in: changeActions } },
        { id: { greater_than: afterId } },
      ],
    },
    sort: 'id',
    limit: 20,
    pagination: false,
    depth: 0,
    select: { action: true },
    ...(req ? { req } : {}),
    user,
    overrideAccess: false,
  })
  return found.docs.map((d) => d.action)
}
