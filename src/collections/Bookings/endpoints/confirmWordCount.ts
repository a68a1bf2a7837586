import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { compareAndSetStatus } from '@/db/compareAndSetStatus'
import { lockRow } from '@/db/atomicIncrement'
import { withTransaction } from '@/db/withTransaction'
import { bookingEtag } from '@/domain/bookingEtag'
import { sentenceFor } from '@/errors/sentenceFor'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

import { actorFor } from '../actorFor'
import { wordCountState } from '../wordCountState'

/**
 * `POST /api/bookings/:id/confirm-word-count` with `{"expectedTotalCents": n}`: the booking's
 * customer (or an admin) accepts the price for the script's spoken word count, which is higher than
 * what was booked (`wordCountState`). `expectedTotalCents` is the total the customer was shown; when
 * the quote differs by now (another script, a price change) nothing changes and the answer is 409,
 * so nobody confirms a price they didn't see. On success, in one transaction: the booking's
 * `wordCount`, `quotedPrice` and `quoteBreakdown` are compare-and-set (still `script_received`, so
 * production hasn't started meanwhile), and a `booking.word_count_confirmed` audit event records
 * the old and new count and price. Answers 200 `{doc, message}` with the new ETag; 401 when not
 * logged in; 404 when the booking isn't the caller's to see; 403 for the artist; 400 for a missing
 * or non-integer total; 409 when there is nothing to confirm, production has started, or the total
 * is stale.
 *
 * The customer who does not accept the new price shortens the script (a replacement is allowed
 * until production starts) or cancels the booking; until either, production waits.
 */
export const confirmWordCountEndpoint: Endpoint = {
  path: '/:id/confirm-word-count',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'auth.logInToChangeBooking' }, 401)
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { expectedTotalCents?: unknown }
    const id = String(req.routeParams?.id ?? '')
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
    const actor = actorFor(req.user, visible)
    if (actor !== 'customer' && actor !== 'admin') {
      throw new UserError({ key: 'wordCount.onlyCustomerConfirms' }, 403)
    }
    const expected = Number(body.expectedTotalCents)
    if (
      body.expectedTotalCents === undefined ||
      body.expectedTotalCents === null ||
      body.expectedTotalCents === '' ||
      !Number.isSafeInteger(expected)
    ) {
      throw new UserError({ key: 'wordCount.sayExpectedTotal' }, 400)
    }

    const changed = await withTransaction(req, async () => {
      await lockRow({ req, table: slugs.bookings, id: visible.id })
      // Re-read under the lock (system read: the caller's access was checked above).
      const booking = await req.payload.findByID({
        collection: slugs.bookings,
        id: visible.id,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (booking.status !== 'script_received') {
        throw new UserError(
          { key: 'wordCount.notNow', values: { status: { key: `status.${booking.status}` } } },
          409,
        )
      }
      const state = await wordCountState({ req, booking })
      if (!state.needsConfirmation || !state.requote || !state.script) {
        throw new UserError({ key: 'wordCount.nothingToConfirm' }, 409)
      }
      if (state.requote.totalCents !== expected) {
        throw new UserError(
          { key: 'wordCount.priceChanged', values: { total: state.requote.totalCents / 100 } },
          409,
        )
      }
      const won = await compareAndSetStatus({
        req,
        table: slugs.bookings,
        id: booking.id,
        from: 'script_received',
        to: 'script_received',
        set: {
          word_count: state.script.wordCount ?? 0,
          quoted_price: state.requote.totalCents,
          quote_breakdown: JSON.stringify(state.requote),
          updated_at: new Date().toISOString(),
        },
      })
      if (!won) throw new UserError({ key: 'transition.concurrent' }, 409)
      // System read: the booking this customer's confirmation just changed, to answer it.
      const updated = await req.payload.findByID({
        collection: slugs.bookings,
        id: booking.id,
        depth: 0,
        req,
        overrideAccess: true,
      })
      await recordAudit({
        req,
        action: 'booking.word_count_confirmed',
        booking: updated,
        details: {
          script: state.script.id,
          scriptVersion: state.script.version ?? null,
          bookedWords: state.bookedWords,
          spokenWords: state.script.wordCount ?? null,
          previousTotalCents: booking.quotedPrice ?? null,
          totalCents: state.requote.totalCents,
        },
      })
      return updated
    })
    const doc = await req.payload.findByID({
      collection: slugs.bookings,
      id: changed.id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json(
      { doc, message: sentenceFor(req, { key: 'wordCount.confirmed' }) },
      { status: 200, headers: { ETag: bookingEtag(changed) } },
    )
  },
}
