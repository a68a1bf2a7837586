import type { CollectionAfterReadHook } from 'payload'

import { bookingEtag } from '@/domain/bookingEtag'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * `GET` and `PATCH /api/bookings/:id` answer with the booking's `ETag`, which the caller sends back
 * as `If-Match` to change it only if nobody else did meanwhile. Only for the booking the route
 * names — not for bookings read in a list or populated inside another document.
 */
export const exposeEtag: CollectionAfterReadHook<Booking> = ({ doc, req, findMany }) => {
  const params = req.routeParams as { collection?: string; id?: string } | undefined
  if (findMany || params?.collection !== slugs.bookings || String(params.id) !== String(doc.id)) {
    return doc
  }
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('ETag', bookingEtag(doc))
  return doc
}
