/**
 * The booking workflow as the agency defined it. Pure: no Payload import, so the rules can be read and
 * tested on their own. The collection hooks ask `checkTransition` before any status change, for every
 * API path. Refusals are catalogue sentences (`Sentence`, written in the reader's language later).
 */

import type { Sentence } from '@/errors/sentence'

export const bookingStatuses = [
  'pending_script',
  'script_received',
  'in_production',
  'review',
  'completed',
  'cancelled',
] as const
export type BookingStatus = (typeof bookingStatuses)[number]

export const statusLabels: Record<BookingStatus, string> = {
  pending_script: 'Awaiting script',
  script_received: 'Script uploaded',
  in_production: 'Recording',
  review: 'Customer review',
  completed: 'Delivered',
  cancelled: 'Cancelled',
}

/** The same statuses in Dutch, as the agency names them (admin panel, Dutch pages and emails). */
export const statusLabelsNl: Record<BookingStatus, string> = {
  pending_script: 'Wacht op script',
  script_received: 'Script ontvangen',
  in_production: 'In opname',
  review: 'Ter beoordeling',
  completed: 'Afgerond',
  cancelled: 'Geannuleerd',
}

/**
 * Who is asking, relative to the booking: its customer, its assigned artist, an admin, or the system
 * (a hook reacting to an upload, or a scheduled job). Anyone else can't see the booking at all.
 */
export type TransitionActor = 'customer' | 'artist' | 'admin' | 'system'

/** What the server knows about the booking when a transition is asked for. */
export type TransitionFacts = {
  hasScript: boolean
  hasDelivery: boolean
  cancellationReason?: string | null
  /**
   * The current script is longer than booked and costs more: the customer confirms the new price
   * first (`domain/scriptTiming.ts`, POST /api/bookings/:id/confirm-word-count).
   */
  wordCountUnconfirmed?: boolean
  /** The booking renews a usage licence (`kind: 'renewal'`): no script, no recording. */
  renewal?: boolean
}

type Rule = {
  from: BookingStatus
  to: BookingStatus
  actors: readonly TransitionActor[]
  /**
   * Returns why the transition can't happen now — 400 when the request lacks something it could
   * send, 409 when the booking's state doesn't allow it yet — or `null` when it can.
   */
  guard?: (facts: TransitionFacts) => GuardProblem | null
  /** Exists only for renewal bookings; for any other booking the transition doesn't exist. */
  renewalOnly?: boolean
}

type GuardProblem = { status: 400 | 409; reason: Sentence }

const needsReason = (facts: TransitionFacts): GuardProblem | null =>
  facts.cancellationReason && facts.cancellationReason.trim().length > 0
    ? null
    : { status: 400, reason: { key: 'transition.needsReason' } }

const rules: readonly Rule[] = [
  {
    from: 'pending_script',
    to: 'script_received',
    actors: ['system', 'admin'],
    guard: (f) =>
      f.hasScript
        ? null
        : {
            status: 409,
            reason: { key: 'transition.needsScript' },
          },
  },
  {
    from: 'script_received',
    to: 'in_production',
    actors: ['artist', 'admin'],
    guard: (f) =>
      f.wordCountUnconfirmed
        ? { status: 409, reason: { key: 'wordCount.needsConfirmation' } }
        : null,
  },
  {
    from: 'in_production',
    to: 'review',
    actors: ['system', 'admin'],
    guard: (f) =>
      f.hasDelivery
        ? null
        : {
            status: 409,
            reason: { key: 'transition.needsDelivery' },
          },
  },
  { from: 'review', to: 'completed', actors: ['customer', 'admin', 'system'] },
  { from: 'review', to: 'in_production', actors: ['customer', 'admin'] },
  { from: 'pending_script', to: 'cancelled', actors: ['customer', 'admin'], guard: needsReason },
  { from: 'script_received', to: 'cancelled', actors: ['customer', 'admin'], guard: needsReason },
  { from: 'in_production', to: 'cancelled', actors: ['admin'], guard: needsReason },
  { from: 'review', to: 'cancelled', actors: ['admin'], guard: needsReason },
  { from: 'completed', to: 'cancelled', actors: ['admin'], guard: needsReason },
  /*
   * A licence renewal (`kind: 'renewal'`, POST /api/licences/:id/renew) reuses the recording: the
   * renewal service creates the booking and completes it at once as the system, in one transaction,
   * so it is invoiced and its new licence exists as soon as the customer confirms. It never waits
   * for a script or a delivery, and no person can make this move.
   */
  { from: 'pending_script', to: 'completed', actors: ['system'], renewalOnly: true },
]

/** The rules that exist for a booking with these facts (renewal-only ones for renewals only). */
const rulesFor = (facts?: Pick<TransitionFacts, 'renewal'>): readonly Rule[] =>
  facts?.renewal ? rules : rules.filter((r) => !r.renewalOnly)

export type TransitionCheck =
  { ok: true } | { ok: false; status: 400 | 403 | 409; reason: Sentence }

/** A status as people read it, with the API's name for it: "awaiting script (pending_script)". */
const named = (status: BookingStatus): Sentence => ({
  key: 'transition.named',
  values: { label: { key: `status.${status}` }, code: status },
})

/** "the customer or an admin", in the reader's language. */
const list = (actors: readonly TransitionActor[]): Sentence['values'] & object => ({
  actors: {
    list: actors.map((actor) => ({ key: 'transition.actor', values: { actor } })),
    join: 'or',
  },
})

/** Every status a booking may move to from `from`, for anyone. */
export const nextStatuses = (
  from: BookingStatus,
  facts?: Pick<TransitionFacts, 'renewal'>,
): BookingStatus[] =>
  rulesFor(facts)
    .filter((r) => r.from === from)
    .map((r) => r.to)

/** The statuses `actor` may move the booking to from `from` (guards not evaluated). */
export const allowedTransitions = (from: BookingStatus, actor: TransitionActor): BookingStatus[] =>
  rulesFor()
    .filter((r) => r.from === from && r.actors.includes(actor))
    .map((r) => r.to)

export const isBookingStatus = (value: unknown): value is BookingStatus =>
  typeof value === 'string' && (bookingStatuses as readonly string[]).includes(value)

/**
 * Decides whether `actor` may move a booking from `from` to `to`.
 * 409: the transition doesn't exist from the current status (or the booking is already there).
 * 403: it exists, but this actor may not make it. 400: it needs something the request lacks.
 */
export const checkTransition = ({
  from,
  to,
  actor,
  facts,
}: {
  from: BookingStatus
  to: BookingStatus
  actor: TransitionActor
  facts: TransitionFacts
}): TransitionCheck => {
  if (from === to) {
    return {
      ok: false,
      status: 409,
      reason: {
        key: 'transition.already',
        values: { status: { key: `status.${from}` }, code: from },
      },
    }
  }
  const rule = rulesFor(facts).find((r) => r.from === from && r.to === to)
  if (!rule) {
    const options = nextStatuses(from, facts)
    return {
      ok: false,
      status: 409,
      reason:
        options.length === 0
          ? { key: 'transition.final', values: { from: named(from) } }
          : {
              key: 'transition.illegal',
              values: {
                from: named(from),
                to: named(to),
                options: { list: options.map(named), join: 'or' },
              },
            },
    }
  }
  if (!rule.actors.includes(actor)) {
    return {
      ok: false,
      status: 403,
      reason: {
        key: 'transition.actorNotAllowed',
        values: { ...list(rule.actors), from: named(from), to: named(to) },
      },
    }
  }
  const problem = rule.guard?.(facts) ?? null
  if (problem) return { ok: false, ...problem }
  return { ok: true }
}
