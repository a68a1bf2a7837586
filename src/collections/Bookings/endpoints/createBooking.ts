import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import type { Booking } from '@/payload-types'
import { idempotencyMismatch } from '@/domain/idempotency'
import { sentenceFor } from '@/errors/sentenceFor'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

import { checkRole } from '@/access/checkRole'

import { IDEMPOTENCY_KEY } from '../hooks/prepareNewBooking'
import { TERMS_ACCEPTED } from '../hooks/recordTermsAcceptance'

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/

// System lookup: the key is scoped to the caller's own user id, so it can only find their own booking.
const findByKey = async (req: PayloadRequest, scopedKey: string) => {
  const found = await req.payload.find({
    collection: slugs.bookings,
    where: { idempotencyKey: { equals: scopedKey } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return found.docs[0]
}

const readAsCaller = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({
    collection: slugs.bookings,
    id,
    depth: Number(req.query?.depth ?? 0) || 0,
    req,
    overrideAccess: false,
  })

/**
 * The answer to a request whose key already created `existing`: that booking (200) when the request
 * is the same, a 422 naming what differs when the key is reused for another booking.
 */
const replay = async (req: PayloadRequest, existing: Booking): Promise<Response> => {
  const differs = idempotencyMismatch({ stored: existing, requested: req.data ?? {} })
  if (differs.length > 0) {
    throw new UserError(
      { key: 'booking.idempotencyKeyReused', values: { fields: differs.join(', ') } },
      422,
    )
  }
  return Response.json(
    {
      doc: await readAsCaller(req, existing.id),
      message: sentenceFor(req, { key: 'done.bookingAlreadyCreated' }),
    },
    { status: 200 },
  )
}

/**
 * POST /api/bookings — Payload's create, plus `Idempotency-Key`: the same key from the same user
 * returns the booking the first request created (200) instead of creating another one, and the same
 * key with a different request is refused (422). The key is stored in a unique column, so even racing
 * requests can't create two.
 *
 * A customer's booking is binding, so the body must say `"termsAccepted": true` (the booking form's
 * checkbox; issue 12, trust layer): anything else answers 400 with a sentence. The server then
 * records which terms were accepted and when (`recordTermsAcceptance`). Admins booking on a
 * customer's behalf may leave it out; anonymous callers and artists are refused by access control.
 */
export const createBookingEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const rawKey = req.headers.get('idempotency-key')?.trim()
    if (rawKey !== undefined && rawKey !== '' && !KEY_PATTERN.test(rawKey)) {
      throw new UserError({ key: 'booking.idempotencyKeyFormat' }, 400)
    }
    const body = (req.data ?? {}) as Record<string, unknown>
    const termsAccepted = body.termsAccepted === true
    if (!termsAccepted && checkRole(['customer'], req.user)) {
      throw new UserError({ key: 'terms.acceptToBook' }, 400)
    }
    const { termsAccepted: _accepted, ...data } = body
    const scopedKey =
      rawKey && req.user ? `${req.user.collection}:${req.user.id}:${rawKey}` : undefined

    if (scopedKey) {
      const existing = await findByKey(req, scopedKey)
      if (existing) return replay(req, existing)
    }
    try {
      const doc = await req.payload.create({
        collection: slugs.bookings,
        // Field access and prepareNewBooking decide what of the body is kept.
        data: data as Partial<Booking> as Booking,
        depth: Number(req.query?.depth ?? 0) || 0,
        req,
        overrideAccess: false,
        context: {
          ...(scopedKey ? { [IDEMPOTENCY_KEY]: scopedKey } : {}),
          [TERMS_ACCEPTED]: termsAccepted,
        },
      })
      return Response.json(
        { doc, message: sentenceFor(req, { key: 'done.bookingCreated' }) },
        { status: 201 },
      )
    } catch (error) {
      // A concurrent request with the same key won the unique index: answer with its booking.
      if (scopedKey) {
        const winner = await findByKey(req, scopedKey)
        if (winner) return replay(req, winner)
      }
      throw error
    }
  },
}
