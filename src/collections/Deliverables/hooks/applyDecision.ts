import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { checkRole } from '@/access/checkRole'
import { publishedToCustomer } from '@/access/readDelivery'
import { recordAudit } from '@/audit/recordAudit'
import { actorFor, relationId } from '@/collections/Bookings/actorFor'
import { transitionBooking } from '@/collections/Bookings/transitionBooking'
import { gatherPickups } from '@/collections/ReviewComments/gatherPickups'
import { incrementColumn } from '@/db/atomicIncrement'
import { takeIncoming } from '@/hooks/captureIncoming'
import type { RevisionCharge } from '@/domain/revisions'
import { nextRevisionCharge } from '@/domain/revisions'
import type { Pickup } from '@/domain/reviewComments'
import { pickupListText } from '@/domain/reviewComments'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Deliverable } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * The customer's decision on a delivery drives the booking: approve → completed, revision →
 * back to in_production, through `transitionBooking` (state machine + compare-and-set + audit +
 * emails) as the customer, an admin — or the system, for an auto-approval (a Local API call with no
 * user; REST calls without one are refused by access before hooks run) — so of ten racing
 * approvals exactly one succeeds and the others roll back with 409. Revisions beyond the free
 * rounds are flagged billable and keep the fee the customer was shown (`revisionFeeCents`); the
 * booking's deadline moves by the revision turnaround (in `transitionBooking`). The decision is
 * audited in the same transaction, a revision with its round, fee and the old and new deadline.
 * A revision request gathers the booking's open review comments into a numbered pickup list
 * (`gatherPickups`), stored on the delivery (`pickups`) and added to the artist's email.
 */
export const applyDecision: CollectionBeforeChangeHook<Deliverable> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  // `data` has the stored document merged in: only a decision the request carried counts.
  const requested = takeIncoming(req, slugs.deliverables, 'decision')
  if (!requested || requested.value == null) {
    return { ...data, decision: originalDoc.decision, decisionNotes: originalDoc.decisionNotes }
  }
  data.decision = requested.value as Deliverable['decision']
  // An admin re-saving the delivery in the panel sends the same decision again: nothing to do.
  if (data.decision === originalDoc.decision && checkRole(['admin'], req.user)) return data
  // Anyone else repeating a decision lost a race (or clicked twice): only the first one counts.
  if (originalDoc.decision) {
    throw new UserError(
      {
        key:
          originalDoc.decision === 'approved'
            ? 'delivery.alreadyApproved'
            : 'delivery.revisionAlreadyRequested',
      },
      409,
    )
  }
  if (data.decision !== 'approved' && data.decision !== 'revision_requested') {
    throw new UserError({ key: 'delivery.decisionValue' }, 400)
  }
  const notes = (data.decisionNotes ?? '').trim()
  if (data.decision === 'revision_requested' && notes.length === 0) {
    throw new UserError({ key: 'delivery.notesNeeded' }, 400)
  }
  const bookingId = relationId(originalDoc.booking) as number
  // System read in the transaction: the facts that decide whether this decision can be taken.
  const booking = await req.payload.findByID({
    collection: slugs.bookings,
    id: bookingId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (booking.status !== 'review') {
    throw new UserError(
      { key: 'delivery.notInReview', values: { status: { key: `status.${booking.status}` } } },
      409,
    )
  }
  // Only a newer version the customer can see replaces this one: a newer take still in its
  // technical check (or failed) is not theirs to know of (issue 15).
  const newer = await req.payload.find({
    collection: slugs.deliverables,
    where: {
      and: [
        { booking: { equals: bookingId } },
        { version: { greater_than: originalDoc.version ?? 0 } },
        publishedToCustomer,
      ],
    },
    sort: '-version',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (newer.docs.length > 0) {
    throw new UserError(
      { key: 'delivery.newerVersion', values: { version: Number(newer.docs[0].version) } },
      409,
    )
  }

  const system = !req.user
  let charge: RevisionCharge | null = null
  if (data.decision === 'revision_requested') {
    const round = await incrementColumn({
      req,
      table: slugs.bookings,
      column: 'revision_rounds',
      id: bookingId,
    })
    const { freeRevisionRounds, revisionFeeCents } = await getPricingSettings(req)
    // The fee as the customer was told it on the page: it is recorded with the round, and the
    // invoice charges it even if the Pricing global changes later.
    charge = nextRevisionCharge({
      freeRounds: freeRevisionRounds,
      roundsUsed: round - 1,
      feeCents: revisionFeeCents,
    })
    if (charge.billable) {
      await incrementColumn({
        req,
        table: slugs.bookings,
        column: 'billable_revisions',
        id: bookingId,
      })
    }
  }
  const billable = charge?.billable ?? false
  // The open waveform comments become the request's numbered pickup list (stored and emailed).
  const pickups: Pickup[] =
    data.decision === 'revision_requested' ? await gatherPickups({ req, bookingId }) : []
  // The booking follows, as the caller (customer or admin) or as the system.
  const moved = await transitionBooking({
    req,
    id: bookingId,
    to: data.decision === 'approved' ? 'completed' : 'in_production',
    actor: system ? 'system' : actorFor(req.user, booking),
    revisionNotes:
      data.decision === 'revision_requested'
        ? [notes, pickupListText(pickups)].filter(Boolean).join('\n\n')
        : null,
  })
  await recordAudit({
    req,
    action: 'deliverable.decided',
    booking: moved,
    system,
    details: {
      deliverable: originalDoc.id,
      version: originalDoc.version,
      decision: data.decision,
      notes: notes || null,
      billableRevision: billable,
      ...(charge
        ? {
            revisionRound: charge.round,
            revisionFeeCents: charge.feeCents,
            previousDeadline: booking.deadline ?? null,
            deadline: moved.deadline ?? null,
          }
        : {}),
    },
  })
  return {
    ...data,
    decisionNotes: notes || null,
    decidedBy: system ? null : (req.user?.id ?? null),
    decidedAt: new Date().toISOString(),
    autoApproved: system,
    billableRevision: billable,
    revisionFeeCents: billable ? (charge?.feeCents ?? null) : null,
    pickups: pickups.length > 0 ? pickups : null,
  }
}
