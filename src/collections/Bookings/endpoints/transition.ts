import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { withTransaction } from '@/db/withTransaction'
import { bookingEtag } from '@/domain/bookingEtag'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

import { actorFor } from '../actorFor'
import { transitionBooking } from '../transitionBooking'

/**
 * `POST /api/bookings/:id/transition` with `{"to": status, "reason"?: text, "expectedStatus"?: status}`
 * and optionally `If-Match: <ETag of the booking as the caller read it>`: the caller (the booking's
 * customer or artist, or an admin) moves the booking as the agency's state machine allows. Answers
 * 200 `{doc, message}` with the new `ETag`; 401 when not logged in; 404 when the booking isn't theirs
 * to see; 400/403/409/412 with a sentence (see `transitionBooking`).
 */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'auth.logInToChangeBooking' }, 401)
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { to?: unknown; reason?: unknown; expectedStatus?: unknown }
    const id = String(req.routeParams?.id ?? '')
    // The caller's own read decides whether the booking exists for them (404, never 403, so ids of
    // other people's bookings reveal nothing).
    const visible = await req.payload
      .find({
        collection: slugs.bookings,
        where: { id: { equals: id } },
        depth: 0,
        limit: 1,
        req,
        user: req.user,
        overrideAccess: false,
      })
      .then((found) => found.docs[0])
      .catch(() => undefined)
    if (!visible) throw new UserError({ key: 'booking.doesNotExist' }, 404)
    if (body.reason !== undefined && body.reason !== null && typeof body.reason !== 'string') {
      throw new UserError({ key: 'transition.reasonNotText' }, 400)
    }
    const changed = await withTransaction(req, () =>
      transitionBooking({
        req,
        id: visible.id,
        to: body.to,
        actor: actorFor(req.user, visible),
        reason: body.reason as string | undefined,
        ifMatch: req.headers.get('if-match'),
        expectedStatus: body.expectedStatus,
      }),
    )
    const doc = await req.payload.findByID({
      collection: slugs.bookings,
      id: changed.id,
      depth: Number(req.query?.depth ?? 0) || 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json(
      { doc, message: `Booking moved to ${changed.status}.` },
      { status: 200, headers: { ETag: bookingEtag(changed) } },
    )
  },
}
