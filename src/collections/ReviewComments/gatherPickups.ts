import type { PayloadRequest } from 'payload'

import type { Pickup } from '@/domain/reviewComments'
import { numberPickups } from '@/domain/reviewComments'
import { slugs } from '@/slugs'

/**
 * The numbered pickup list of a revision request on `bookingId`: every open (unresolved) review
 * comment of the booking, on any version, numbered by `numberPickups` (version, then time). Read in
 * the request's transaction, so the list is exactly what was open when the customer sent it; the
 * caller stores it with the request (`deliverables.pickups`) and puts it in the artist's email.
 * Returns [] when nothing is open.
 */
export const gatherPickups = async ({
  req,
  bookingId,
}: {
  req: PayloadRequest
  bookingId: number
}): Promise<Pickup[]> => {
  // System read: the decision hook already checked the caller may decide on this booking.
  const open = await req.payload.find({
    collection: slugs.reviewComments,
    where: { and: [{ booking: { equals: bookingId } }, { resolved: { not_equals: true } }] },
    pagination: false,
    depth: 0,
    select: { version: true, startSeconds: true, endSeconds: true, body: true },
    req,
    overrideAccess: true,
  })
  return numberPickups(
    open.docs.map((c) => ({
      id: c.id,
      version: c.version ?? 1,
      startSeconds: c.startSeconds,
      endSeconds: c.endSeconds ?? null,
      body: c.body,
    })),
  )
}
