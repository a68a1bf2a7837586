import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { relationId } from '@/collections/Bookings/actorFor'
import { withTransaction } from '@/db/withTransaction'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

import { renewLicence } from '../renewLicence'

/**
 * `POST /api/licences/:id/renew` (no body): the licence's customer, or an admin, renews it — a
 * renewal booking at the renewal rate, invoiced at once, and a new licence from when this one ends
 * (see `renewLicence`). Answers 201 `{doc: renewal booking, licence: new licence}`; 401 when not
 * logged in; 404 when the licence isn't theirs to see; 403 for the artist of the licence; 409 for
 * a perpetual or already renewed licence (and for the loser of a double click).
 */
export const renewEndpoint: Endpoint = {
  path: '/:id/renew',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'licence.logInToRenew' }, 401)
    const id = String(req.routeParams?.id ?? '')
    // The caller's own read decides whether the licence exists for them (404 reveals nothing).
    const licence = await req.payload
      .find({
        collection: slugs.licences,
        where: { id: { equals: id } },
        depth: 0,
        limit: 1,
        req,
        user: req.user,
        overrideAccess: false,
      })
      .then((found) => found.docs[0])
      .catch(() => undefined)
    if (!licence) throw new UserError({ key: 'licence.notFound' }, 404)
    const holder = String(relationId(licence.customer)) === String(req.user.id)
    if (!holder && !checkRole(['admin'], req.user)) {
      throw new UserError({ key: 'licence.onlyCustomerRenews' }, 403)
    }
    const renewed = await withTransaction(req, () => renewLicence({ req, licence }))
    const doc = await req.payload.findByID({
      collection: slugs.bookings,
      id: renewed.booking.id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json({ doc, licence: renewed.licence }, { status: 201 })
  },
}
