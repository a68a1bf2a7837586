import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { compareAndSetStatus } from '@/db/compareAndSetStatus'
import type { BookingStatus } from '@/domain/bookingStatus'
import { checkTransition, isBookingStatus } from '@/domain/bookingStatus'
import { computeDeadline } from '@/domain/time'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { takeIncoming } from '@/hooks/captureIncoming'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

import { actorFor, relationId } from '../actorFor'

/** Where the hook leaves the transition it made, for `recordBookingChange` to audit after the write. */
export const transitionKey = (id: number | string) => `bookingTransition:${id}`

export type TransitionRecord = {
  from: BookingStatus
  to: BookingStatus
  system: boolean
  actor: string
}

const countRelated = async (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  collection: typeof slugs.scripts | typeof slugs.deliverables,
  bookingId: number | string,
): Promise<number> => {
  // Deliverables arrive with the delivery feature; until that collection exists nothing is delivered.
  if (!(collection in req.payload.collections)) return 0
  // System count (facts for the state machine), made inside the same transaction.
  const { totalDocs } = await req.payload.count({
    collection: collection as typeof slugs.scripts,
    where: { booking: { equals: bookingId } },
    req,
    overrideAccess: true,
  })
  return totalDocs
}

/**
 * Every status change, from any API path, goes through the state machine, then through a
 * compare-and-set on the stored status so that of two racing requests exactly one wins.
 */
export const applyStatusChange: CollectionBeforeChangeHook<Booking> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as BookingStatus
  // Only a status the request itself carried is a transition; otherwise it's the stored one, merged in.
  const requested = takeIncoming(req, slugs.bookings, 'status')
  // `expectedStatus`: the status the caller saw. A change asked for from one status must not land on
  // another — an admin's "cancel (customer did not pay)" sent during review must not cancel the
  // booking a concurrent approval has just completed and invoiced (409, nothing changed).
  const expected = takeIncoming(req, slugs.bookings, 'expectedStatus')
  if (!requested) return { ...data, status: from }
  if (expected && expected.value !== from) {
    throw new UserError(
      `The booking is ${from} now, no longer ${String(expected.value)}: nothing was changed. Reload the page to see what happened.`,
      409,
    )
  }
  const to = requested.value as BookingStatus
  const actor = actorFor(req, originalDoc)
  if (to === from && actor === 'admin') return data // the admin form re-sends the current status
  if (!isBookingStatus(to)) {
    throw new UserError(`Unknown status "${String(to)}".`, 400)
  }
  if (!actor) throw new UserError('You are not part of this booking.', 403)

  const [scripts, deliveries] = await Promise.all([
    countRelated(req, slugs.scripts, originalDoc.id),
    countRelated(req, slugs.deliverables, originalDoc.id),
  ])
  const verdict = checkTransition({
    from,
    to,
    actor,
    facts: {
      hasScript: scripts > 0,
      hasDelivery: deliveries > 0,
      cancellationReason: data.cancellationReason ?? originalDoc.cancellationReason,
    },
  })
  if (!verdict.ok) throw new UserError(verdict.reason, verdict.status)

  const won = await compareAndSetStatus({
    req,
    table: slugs.bookings,
    id: originalDoc.id,
    from,
    to,
  })
  if (!won) {
    throw new UserError(
      'This booking was changed by someone else a moment ago; reload it and try again.',
      409,
    )
  }

  const next: Partial<Booking> = { ...data, statusChangedAt: new Date().toISOString() }
  if (to === 'script_received' && !(actor === 'admin' && data.deadline)) {
    // System read: the turnaround belongs to the assigned artist's profile, whoever uploaded.
    const voiceover = await req.payload.findByID({
      collection: slugs.voiceovers,
      id: relationId(originalDoc.voiceover) as number,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const { endOfDay, closureDays } = await getPricingSettings(req)
    next.deadline = computeDeadline({
      receivedAt: new Date(),
      turnaroundDays: voiceover.turnaroundDays ?? 3,
      rush: Boolean(originalDoc.rushOrder),
      endOfDay,
      closureDays,
    }).toISOString()
  }
  const record: TransitionRecord = { from, to, system: actor === 'system', actor }
  req.context[transitionKey(originalDoc.id)] = record
  return next
}
