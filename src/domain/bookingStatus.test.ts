import { describe, expect, it } from 'vitest'

import { renderSentence } from '@/errors/sentence'

import type { BookingStatus, TransitionActor } from './bookingStatus'
import { bookingStatuses, checkTransition } from './bookingStatus'

const actors: TransitionActor[] = ['customer', 'artist', 'admin', 'system']

/** The agency's workflow, written out by hand: `from>to` → who may do it. */
const allowed: Record<string, TransitionActor[]> = {
  'pending_script>script_received': ['system', 'admin'],
  'script_received>in_production': ['artist', 'admin'],
  'in_production>review': ['system', 'admin'],
  'review>completed': ['customer', 'admin', 'system'],
  'review>in_production': ['customer', 'admin'],
  'pending_script>cancelled': ['customer', 'admin'],
  'script_received>cancelled': ['customer', 'admin'],
  'in_production>cancelled': ['admin'],
  'review>cancelled': ['admin'],
  'completed>cancelled': ['admin'],
}

const everything = {
  hasScript: true,
  hasDelivery: true,
  cancellationReason: 'Client changed plans',
}

const cells = bookingStatuses.flatMap((from) =>
  bookingStatuses.flatMap((to) => actors.map((actor) => ({ from, to, actor }))),
)

describe('checkTransition', () => {
  it.each(cells)(
    'should decide $from → $to for $actor as the workflow says',
    ({ from, to, actor }) => {
      const rule = allowed[`${from}>${to}`]
      const result = checkTransition({ from, to, actor, facts: everything })
      const expected = !rule ? 409 : rule.includes(actor) ? 'ok' : 403
      expect(result.ok ? 'ok' : result.status).toBe(expected)
    },
  )

  it('should explain which statuses are reachable when a transition does not exist', () => {
    const result = checkTransition({
      from: 'pending_script',
      to: 'completed',
      actor: 'admin',
      facts: everything,
    })
    expect(result).toMatchObject({ ok: false, status: 409 })
    expect(!result.ok && renderSentence(result.reason, 'en')).toContain(
      'it can only become script uploaded (script_received) or cancelled (cancelled)',
    )
    expect(!result.ok && renderSentence(result.reason, 'nl')).toContain(
      'alleen naar script ontvangen (script_received) of geannuleerd (cancelled)',
    )
  })

  it('should refuse script_received while no script exists', () => {
    const result = checkTransition({
      from: 'pending_script',
      to: 'script_received',
      actor: 'admin',
      facts: { ...everything, hasScript: false },
    })
    expect(result).toMatchObject({ ok: false, status: 409 })
  })

  it('should refuse review while nothing has been delivered', () => {
    const result = checkTransition({
      from: 'in_production',
      to: 'review',
      actor: 'system',
      facts: { ...everything, hasDelivery: false },
    })
    expect(result).toMatchObject({ ok: false, status: 409 })
  })

  it.each(['', '   ', null])('should require a reason to cancel (%j)', (reason) => {
    const result = checkTransition({
      from: 'pending_script',
      to: 'cancelled',
      actor: 'customer',
      facts: { ...everything, cancellationReason: reason },
    })
    expect(result).toMatchObject({ ok: false, status: 400 })
  })

  it('should treat asking for the current status as a conflict', () => {
    const from: BookingStatus = 'completed'
    expect(checkTransition({ from, to: from, actor: 'customer', facts: everything })).toMatchObject(
      {
        ok: false,
        status: 409,
      },
    )
  })

  it('should let nothing leave cancelled', () => {
    const results = bookingStatuses.map(
      (to) => checkTransition({ from: 'cancelled', to, actor: 'admin', facts: everything }).ok,
    )
    expect(results.every((ok) => ok === false)).toBe(true)
  })
})

describe('licence renewal bookings', () => {
  const renewal = { hasScript: false, hasDelivery: false, renewal: true }

  it('should let the system complete a renewal booking without a script or delivery', () => {
    expect(
      checkTransition({ from: 'pending_script', to: 'completed', actor: 'system', facts: renewal }),
    ).toEqual({ ok: true })
  })

  it.each(['customer', 'artist', 'admin'] as const)(
    'should refuse a renewal booking’s completion by the %s (403)',
    (actor) => {
      expect(
        checkTransition({ from: 'pending_script', to: 'completed', actor, facts: renewal }),
      ).toMatchObject({ ok: false, status: 403 })
    },
  )

  it('should not let an ordinary booking skip to completed, even as the system (409)', () => {
    expect(
      checkTransition({
        from: 'pending_script',
        to: 'completed',
        actor: 'system',
        facts: { ...renewal, renewal: false },
      }),
    ).toMatchObject({ ok: false, status: 409 })
  })
})
