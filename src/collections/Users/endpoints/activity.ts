import crypto from 'node:crypto'

import type { Endpoint } from 'payload'

import { unseenActivity } from '@/collections/BookingReads/unseenActivity'
import { UserError } from '@/errors/UserError'

/**
 * `GET /api/users/me/activity`, polled by the header's badge (`ActivityBadge`): answers 200
 * `{changedBookings, unreadMessages, bookings}` — how many of the caller's bookings changed since
 * they last opened them, how many messages by others they haven't seen, and those bookings' ids —
 * with an `ETag` of that answer, or 304 without a body when `If-None-Match` names it. 401 when not
 * logged in. Cost: one grouped, indexed query per poll (`unseenActivity`).
 */
export const activityEndpoint: Endpoint = {
  path: '/me/activity',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'auth.logInToFollow' }, 401)
    const unseen = await unseenActivity({ payload: req.payload, req, user: req.user })
    const body = {
      changedBookings: unseen.changedBookings.length,
      unreadMessages: unseen.unreadMessages,
      bookings: unseen.unseenBookings,
    }
    const json = JSON.stringify(body)
    const etag = `"a${crypto.createHash('sha256').update(json).digest('hex').slice(0, 16)}"`
    const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' }
    if (req.headers.get('if-none-match') === etag) {
      return new Response(null, { status: 304, headers })
    }
    return new Response(json, {
      status: 200,
      headers: { ...headers, 'Content-Type': 'application/json' },
    })
  },
}
