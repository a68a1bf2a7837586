import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

const isUniqueViolation = (error: unknown): boolean => {
  const status = (error as { status?: unknown }).status
  const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
  return status === 400 && Array.isArray(errors) && errors.length > 0
}

/**
 * Records that `user` has seen booking `bookingId` up to audit event `eventId` (the booking's
 * version shown on its page), as the user (`overrideAccess: false`, own rows only). Never moves the
 * mark back. Two tabs opening the page at once: the unique (user, booking) index lets one create
 * the row and the other updates it. Throws what the Local API throws otherwise (404 when the
 * booking isn't the user's).
 */
export const markBookingSeen = async ({
  payload,
  user,
  bookingId,
  eventId,
}: {
  payload: Payload
  user: User
  bookingId: number
  eventId: number
}): Promise<void> => {
  const asUser = { user, overrideAccess: false as const }
  const existing = async () =>
    (
      await payload.find({
        collection: slugs.bookingReads,
        where: { and: [{ user: { equals: user.id } }, { booking: { equals: bookingId } }] },
        limit: 1,
        pagination: false,
        depth: 0,
        ...asUser,
      })
    ).docs[0]
  const raise = async (row: { id: number; seenEventId: number }) => {
    if (row.seenEventId >= eventId) return
    await payload.update({
      collection: slugs.bookingReads,
      id: row.id,
      data: { seenEventId: eventId },
      depth: 0,
      ...asUser,
    })
  }
  const row = await existing()
  if (row) return raise(row)
  try {
    await payload.create({
      collection: slugs.bookingReads,
      data: { user: user.id, booking: bookingId, seenEventId: eventId },
      depth: 0,
      ...asUser,
    })
  } catch (error) {
    const raced = isUniqueViolation(error) ? await existing() : undefined
    if (!raced) throw error
    await raise(raced)
  }
}
