import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { compareAndSetStatus } from '@/db/compareAndSetStatus'
import { bookingEtag, ifMatchSatisfied } from '@/domain/bookingEtag'
import type { BookingStatus, TransitionActor } from '@/domain/bookingStatus'
import { bookingStatuses, checkTransition, isBookingStatus } from '@/domain/bookingStatus'
import { revisionDeadline } from '@/domain/revisions'
import { computeDeadline } from '@/domain/time'
import { UserError } from '@/errors/UserError'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

import { cancelLicenceOfBooking } from '../Licences/cancelLicence'
import { createLicence } from '../Licences/createLicence'

import { relationId } from './actorFor'
import { queueTransitionEffects } from './queueTransitionEffects'
import { wordCountState } from './wordCountState'

// System counts and reads below: facts for the state machine, made inside the caller's transaction.
/** The API's status names, for sentences that list them ("pending_script, script_received, …"). */
const statusCodeList = bookingStatuses.join(', ')

const countFor = async (
  req: PayloadRequest,
  collection: typeof slugs.scripts | typeof slugs.deliverables,
  bookingId: number | string,
): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { booking: { equals: bookingId } },
    req,
    overrideAccess: true,
  })
  return totalDocs
}

const readBooking = (req: PayloadRequest, id: number | string): Promise<Booking> =>
  req.payload.findByID({ collection: slugs.bookings, id, depth: 0, req, overrideAccess: true })

const deadlineFor = async (req: PayloadRequest, booking: Booking): Promise<string> => {
  const voiceover = await req.payload.findByID({
    collection: slugs.voiceovers,
    id: relationId(booking.voiceover) as number,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const { endOfDay, closureDays } = await getPricingSettings(req)
  return computeDeadline({
    receivedAt: new Date(),
    turnaroundDays: voiceover.turnaroundDays ?? 3,
    rush: Boolean(booking.rushOrder),
    endOfDay,
    closureDays,
  }).toISOString()
}

/**
 * The deadline a revision request sets: the Pricing global's revision turnaround in working days
 * from now, never earlier than the current deadline (`domain/revisions.ts`).
 */
const revisionDeadlineFor = async (req: PayloadRequest, booking: Booking): Promise<string> => {
  const { endOfDay, closureDays, revisionTurnaroundDays } = await getPricingSettings(req)
  return revisionDeadline({
    requestedAt: new Date(),
    currentDeadline: booking.deadline,
    turnaroundDays: revisionTurnaroundDays,
    endOfDay,
    closureDays,
  }).toISOString()
}

/**
 * The one way a booking changes status, for every path: the transition endpoint (customers, artists,
 * admins), a customer's decision on a delivery, an upload, a timer. In `req`'s transaction it
 * 1. reads the booking and checks the caller's preconditions — `ifMatch` (the `If-Match` header:
 *    412 when the booking changed since the caller read it, RFC 9110 §13.1.1) and `expectedStatus`
 *    (409 when the booking is no longer in the status the caller saw);
 * 2. asks the agency's state machine (`domain/bookingStatus.ts`) — 400/403/409 with its sentence;
 * 3. compare-and-sets the status (with `statusChangedAt`, a new deadline when the script arrives
 *    or a revision sends the booking back from review, the cancellation reason) in one SQL statement — of two racing calls exactly one wins, the other
 *    gets 409;
 * 4. writes the audit event and queues the side effects (invoice, emails, timers).
 * `actor` is who asks relative to this booking (`null`: not a party → 403); 'system' for uploads and
 * timers. Returns the booking as stored after the change. Throws `UserError` (400/403/404/409/412).
 */
export const transitionBooking = async ({
  req,
  id,
  to,
  actor,
  reason,
  ifMatch,
  expectedStatus,
  revisionNotes,
}: {
  req: PayloadRequest
  id: number | string
  to: unknown
  actor: TransitionActor | null
  /** Why the booking is cancelled (required for a cancellation). */
  reason?: string | null
  ifMatch?: string | null
  expectedStatus?: unknown
  /** The customer's notes when a review sends the booking back to production. */
  revisionNotes?: string | null
}): Promise<Booking> => {
  if (to === undefined || to === null || to === '') {
    throw new UserError(
      { key: 'transition.sayWhichStatus', values: { statuses: statusCodeList } },
      400,
    )
  }
  if (ifMatch && ifMatch.trim() !== '*' && !/"[^"]*"/.test(ifMatch)) {
    throw new UserError({ key: 'transition.badIfMatch' }, 400)
  }
  const booking = await readBooking(req, id).catch(() => {
    throw new UserError({ key: 'booking.doesNotExist' }, 404)
  })
  const from = booking.status as BookingStatus
  if (!ifMatchSatisfied(ifMatch, bookingEtag(booking))) {
    throw new UserError(
      { key: 'transition.changedSinceLoaded', values: { status: { key: `status.${from}` } } },
      412,
    )
  }
  if (expectedStatus !== undefined && expectedStatus !== null && expectedStatus !== from) {
    throw new UserError(
      { key: 'transition.statusMoved', values: { from, expected: String(expectedStatus) } },
      409,
    )
  }
  if (!isBookingStatus(to)) {
    throw new UserError(
      { key: 'transition.unknownStatus', values: { to: String(to), statuses: statusCodeList } },
      400,
    )
  }
  if (!actor) throw new UserError({ key: 'transition.notParty' }, 403)
  const cancellationReason = reason?.trim() || null
  const [scripts, deliveries] = await Promise.all([
    countFor(req, slugs.scripts, booking.id),
    countFor(req, slugs.deliverables, booking.id),
  ])
  const startsProduction = from === 'script_received' && to === 'in_production'
  const verdict = checkTransition({
    from,
    to,
    actor,
    facts: {
      hasScript: scripts > 0,
      hasDelivery: deliveries > 0,
      cancellationReason: cancellationReason ?? booking.cancellationReason,
      wordCountUnconfirmed: startsProduction
        ? (await wordCountState({ req, booking })).needsConfirmation
        : false,
      renewal: booking.kind === 'renewal',
    },
  })
  if (!verdict.ok) throw new UserError(verdict.reason, verdict.status)

  const now = new Date().toISOString()
  const set: Record<string, string | null> = { status_changed_at: now, updated_at: now }
  if (to === 'script_received' && !booking.deadline) set.deadline = await deadlineFor(req, booking)
  const revision = from === 'review' && to === 'in_production'
  if (revision) set.deadline = await revisionDeadlineFor(req, booking)
  if (to === 'cancelled' && cancellationReason) set.cancellation_reason = cancellationReason
  const won = await compareAndSetStatus({
    req,
    table: slugs.bookings,
    id: booking.id,
    from,
    to,
    set,
  })
  if (!won) {
    throw new UserError({ key: 'transition.concurrent' }, 409)
  }
  const changed = await readBooking(req, booking.id)
  await recordAudit({
    req,
    action: 'booking.status_changed',
    booking: changed,
    fromStatus: from,
    toStatus: to,
    system: actor === 'system',
    details:
      to === 'cancelled'
        ? { reason: changed.cancellationReason }
        : revision
          ? { previousDeadline: booking.deadline ?? null, deadline: changed.deadline ?? null }
          : undefined,
  })
  // A completed booking grants its usage licence in this same transaction (once per booking).
  if (to === 'completed') await createLicence({ req, booking: changed })
  // A completed booking cancelled afterwards (credit note) withdraws that licence.
  if (from === 'completed' && to === 'cancelled')
    await cancelLicenceOfBooking({ req, booking: changed })
  await queueTransitionEffects({
    req,
    booking: changed,
    from,
    to,
    actor,
    revisionNotes,
    previousDeadline: booking.deadline ?? null,
  })
  return changed
}
