import type { Endpoint } from 'payload'

import { UserError } from '@/errors/UserError'
import { changeKindOf, parseVersionEtag, versionEtag } from '@/domain/liveChanges'

import { bookingVersion, changesSince } from '../bookingVersion'

const cacheHeaders = (etag: string) => ({
  ETag: etag,
  // Per person (private) and always revalidated: the page asks every few seconds.
  'Cache-Control': 'private, no-cache',
})

/**
 * `GET /api/bookings/:id/changes`, polled by an open booking page (`LiveRefresh`): answers 200
 * `{version, kind, actions}` with the booking's version as `ETag` (`"v<newest event id>.<count>"`),
 * or 304 without a body when `If-None-Match` names the current version. `actions` are the change
 * events since the version in `If-None-Match` (empty without one), `kind` the one to announce
 * (`domain/liveChanges`). 401 when not logged in; 404 when the booking isn't the caller's to see
 * (as its page). Cost: one indexed query (and its count) per poll; one more when something changed.
 */
export const changesEndpoint: Endpoint = {
  path: '/:id/changes',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'auth.logInToFollow' }, 401)
    const user = req.user
    const id = String(req.routeParams?.id ?? '')
    const version = await bookingVersion({ payload: req.payload, req, user, id })
    if (!version) throw new UserError({ key: 'booking.doesNotExist' }, 404)
    const etag = versionEtag(version)
    const known = parseVersionEtag(req.headers.get('if-none-match'))
    if (known && versionEtag(known) === etag) {
      return new Response(null, { status: 304, headers: cacheHeaders(etag) })
    }
    const actions = known
      ? await changesSince({
          payload: req.payload,
          req,
          user,
          id: Number(id),
          afterId: known.newestId,
        })
      : []
    // A late commit below the known id shows up only in the count: announce the newest then.
    const said = actions.length > 0 ? actions : known ? [version.action] : []
    return Response.json(
      { version: etag, kind: changeKindOf(said), actions },
      { status: 200, headers: cacheHeaders(etag) },
    )
  },
}
