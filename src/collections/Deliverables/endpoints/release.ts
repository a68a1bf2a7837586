import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { relationId } from '@/collections/Bookings/actorFor'
import { withTransaction } from '@/db/withTransaction'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

import { publishDelivery } from '../publishDelivery'

/** Longest release note, characters (the `qc.releaseNote` field's limit). */
const NOTE_MAX = 2000

/**
 * `POST /api/deliverables/:id/release` with `{"note": text}`: the booking's artist (or an admin)
 * shows a delivery to the customer although it did not pass the technical check — or before the
 * check is done — with a note the customer reads beside it (`publishDelivery`: the booking moves to
 * review and the customer is emailed). Answers 200 `{doc}`; 401 when not logged in; 404 when the
 * caller can't see the delivery; 403 for a customer; 400 without a note; 409 when the customer can
 * already see it, a newer version replaced it, or the booking is no longer in production or review.
 */
export const releaseEndpoint: Endpoint = {
  path: '/:id/release',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'qc.logInToRelease' }, 401)
    await addDataAndFileToRequest(req)
    const id = String(req.routeParams?.id ?? '')
    // The caller's own read decides whether the delivery exists for them (404, never 403).
    const visible = await req.payload
      .find({
        collection: slugs.deliverables,
        where: { id: { equals: id } },
        depth: 0,
        limit: 1,
        req,
        user: req.user,
        overrideAccess: false,
      })
      .then((found) => found.docs[0])
      .catch(() => undefined)
    if (!visible) throw new UserError({ key: 'qc.deliveryNotFound' }, 404)
    const isAdmin = checkRole(['admin'], req.user)
    if (!isAdmin && relationId(visible.artist) !== req.user.id) {
      throw new UserError({ key: 'qc.onlyArtistReleases' }, 403)
    }
    const raw = (req.data as { note?: unknown } | undefined)?.note
    const note = typeof raw === 'string' ? raw.trim() : ''
    if (note.length === 0 || note.length > NOTE_MAX) {
      throw new UserError({ key: 'qc.noteNeeded' }, 400)
    }
    const outcome = await withTransaction(req, () =>
      publishDelivery({
        req,
        deliverableId: visible.id,
        release: { by: req.user!.id as number, note },
      }),
    )
    if (outcome !== 'published') {
      // System read for the sentence: the booking's status and newest version.
      const booking = await req.payload.findByID({
        collection: slugs.bookings,
        id: relationId(visible.booking) as number,
        depth: 0,
        req,
        overrideAccess: true,
      })
      throw outcome === 'already'
        ? new UserError({ key: 'qc.alreadyShown' }, 409)
        : outcome === 'superseded'
          ? new UserError(
              { key: 'qc.superseded', values: { version: Number(booking.deliveryCount) } },
              409,
            )
          : new UserError(
              { key: 'qc.bookingClosed', values: { status: { key: `status.${booking.status}` } } },
              409,
            )
    }
    const doc = await req.payload.findByID({
      collection: slugs.deliverables,
      id: visible.id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json({ doc }, { status: 200 })
  },
}
