import { describe, expect, it } from 'vitest'

import { buildTimeline, orderTimeline, timelineTime, type TimelineEvent } from './timeline'

const CUSTOMER = 10
const ARTIST = 20
const ADMIN = 30

const parties = (viewerId: number) => ({
  viewerId,
  customerId: CUSTOMER,
  artistId: ARTIST,
  customerName: 'Mark Jansen',
  artistName: 'Sanne de Vries',
})

let nextId = 1
const at = (iso: string, event: Omit<TimelineEvent, 'id' | 'createdAt'>): TimelineEvent => ({
  id: nextId++,
  createdAt: iso,
  ...event,
})

/** A whole booking as the audit trail writes it: effects of an action before the action itself. */
const journey: TimelineEvent[] = [
  at('2026-11-02T09:00:00.000Z', { action: 'booking.created', actor: CUSTOMER, actorType: 'user' }),
  // The upload's transaction: the system transition is written before the upload's own event.
  at('2026-11-02T09:05:00.000Z', {
    action: 'booking.status_changed',
    actorType: 'system',
    fromStatus: 'pending_script',
    toStatus: 'script_received',
  }),
  at('2026-11-02T09:05:00.020Z', { action: 'script.uploaded', actor: CUSTOMER, actorType: 'user' }),
  at('2026-11-03T08:00:00.000Z', {
    action: 'booking.status_changed',
    actor: ARTIST,
    actorType: 'user',
    fromStatus: 'script_received',
    toStatus: 'in_production',
  }),
  at('2026-11-03T15:00:00.000Z', {
    action: 'booking.status_changed',
    actorType: 'system',
    fromStatus: 'in_production',
    toStatus: 'review',
  }),
  at('2026-11-03T15:00:00.010Z', {
    action: 'deliverable.uploaded',
    actor: ARTIST,
    actorType: 'user',
    details: { version: 1 },
  }),
  at('2026-11-03T15:10:00.000Z', {
    action: 'deliverable.downloaded',
    actor: CUSTOMER,
    actorType: 'user',
  }),
  // Seven days later the timer approves: transition, then the decision, then the invoice job.
  at('2026-11-10T15:00:01.000Z', {
    action: 'booking.status_changed',
    actorType: 'system',
    fromStatus: 'review',
    toStatus: 'completed',
  }),
  at('2026-11-10T15:00:01.030Z', {
    action: 'deliverable.decided',
    actorType: 'system',
    details: { version: 1, decision: 'approved' },
  }),
  at('2026-11-10T15:00:20.000Z', {
    action: 'invoice.issued',
    actorType: 'system',
    details: { number: '14V-2026-0007' },
  }),
]

const texts = (viewer: number, locale: 'nl' | 'en' = 'en') =>
  buildTimeline({ events: journey, parties: parties(viewer), locale }).map((day) => ({
    heading: day.heading,
    lines: day.entries.map((e) => `${e.followsPrevious ? '  ' : ''}${e.time} ${e.text}`),
  }))

describe('buildTimeline', () => {
  it('should tell the customer’s history with “you”, first names and automatic steps after their cause, by day', () => {
    expect(texts(CUSTOMER)).toEqual([
      {
        heading: 'Monday 2 November 2026',
        lines: [
          '10:00 CET You placed the booking',
          '10:05 CET You uploaded the script',
          '  10:05 CET Status is now “Script uploaded”',
        ],
      },
      {
        heading: 'Tuesday 3 November 2026',
        lines: [
          '09:00 CET Sanne started recording',
          '16:00 CET Sanne delivered version 1',
          '  16:00 CET Status is now “Customer review”',
        ],
      },
      {
        heading: 'Tuesday 10 November 2026',
        lines: [
          '16:00 CET Version 1 approved automatically after 7 days',
          '  16:00 CET Status is now “Delivered”',
          '  16:00 CET Invoice 14V-2026-0007 issued automatically',
        ],
      },
    ])
  })

  it('should name the customer to the artist and the artist as “you”, in Dutch', () => {
    const days = texts(ARTIST, 'nl')
    expect(days.map((d) => d.heading)).toEqual([
      'Maandag 2 november 2026',
      'Dinsdag 3 november 2026',
      'Dinsdag 10 november 2026',
    ])
    expect(days[0]!.lines.slice(0, 2)).toEqual([
      '10:00 CET Mark heeft de boeking geplaatst',
      '10:05 CET Mark heeft het script geüpload',
    ])
    expect(days[1]!.lines.slice(0, 2)).toEqual([
      '09:00 CET Je bent begonnen met opnemen',
      '16:00 CET Je hebt versie 1 geleverd',
    ])
  })

  it('should call a party whose name the viewer can’t read by their role, and staff “14voices”', () => {
    const events = [
      at('2026-11-02T09:00:00.000Z', {
        action: 'booking.created',
        actor: CUSTOMER,
        actorType: 'user',
      }),
      at('2026-11-02T09:01:00.000Z', {
        action: 'invoice.issued',
        actor: ADMIN,
        actorType: 'user',
        details: { number: '14V-2026-0008' },
      }),
    ]
    const [day] = buildTimeline({
      events,
      parties: { viewerId: ARTIST, customerId: CUSTOMER, artistId: ARTIST },
      locale: 'en',
    })
    expect(day!.entries.map((e) => e.text)).toEqual([
      'The customer placed the booking',
      '14voices issued invoice 14V-2026-0008',
    ])
  })

  it('should put a revision request before the status change it caused', () => {
    const events = [
      at('2026-11-04T10:00:00.000Z', {
        action: 'booking.status_changed',
        actor: CUSTOMER,
        actorType: 'user',
        fromStatus: 'review',
        toStatus: 'in_production',
      }),
      at('2026-11-04T10:00:00.040Z', {
        action: 'deliverable.decided',
        actor: CUSTOMER,
        actorType: 'user',
        details: { version: 2, decision: 'revision_requested' },
      }),
    ]
    const [day] = buildTimeline({ events, parties: parties(ARTIST), locale: 'en' })
    expect(day!.entries.map((e) => [e.text, e.followsPrevious])).toEqual([
      ['Mark asked for changes to version 2', false],
      ['Status is now “Recording”', true],
    ])
  })

  it('should keep a consequence under its cause’s day when it was written just after midnight', () => {
    const events = [
      at('2026-11-04T22:59:59.900Z', {
        action: 'booking.status_changed',
        actorType: 'system',
        fromStatus: 'in_production',
        toStatus: 'review',
      }),
      at('2026-11-04T23:00:00.100Z', {
        action: 'deliverable.uploaded',
        actor: ARTIST,
        actorType: 'user',
        details: { version: 2 },
      }),
    ]
    const days = buildTimeline({ events, parties: parties(CUSTOMER), locale: 'en' })
    expect(days.map((d) => [d.heading, d.entries.length])).toEqual([
      ['Thursday 5 November 2026', 2],
    ])
  })

  it('should tell the author of a message “you wrote” and the other party who wrote it', () => {
    const events = [
      at('2026-11-04T10:00:00.000Z', {
        action: 'message.posted',
        actor: CUSTOMER,
        actorType: 'user',
        details: { authorRole: 'customer' },
      }),
    ]
    const line = (viewer: number, locale: 'nl' | 'en') =>
      buildTimeline({ events, parties: parties(viewer), locale })[0]?.entries[0]?.text
    expect([
      line(CUSTOMER, 'nl'),
      line(CUSTOMER, 'en'),
      line(ARTIST, 'nl'),
      line(ARTIST, 'en'),
    ]).toEqual([
      'Je hebt een bericht geschreven',
      'You wrote a message',
      'De klant schreef een bericht',
      'The customer wrote a message',
    ])
  })

  it('should show nothing for a booking without events', () => {
    expect(buildTimeline({ events: [], parties: parties(CUSTOMER), locale: 'nl' })).toEqual([])
  })
})

describe('orderTimeline', () => {
  it('should leave events in time order when none caused another', () => {
    const events = [
      at('2026-11-02T09:00:02.000Z', {
        action: 'script.downloaded',
        actor: ARTIST,
        actorType: 'user',
      }),
      at('2026-11-02T09:00:01.000Z', {
        action: 'booking.created',
        actor: CUSTOMER,
        actorType: 'user',
      }),
    ]
    expect(orderTimeline(events).map((e) => e.event.action)).toEqual([
      'booking.created',
      'script.downloaded',
    ])
  })

  it('should not attach a status change to an upload far apart in time', () => {
    const events = [
      at('2026-11-02T09:00:00.000Z', {
        action: 'booking.status_changed',
        actorType: 'system',
        fromStatus: 'in_production',
        toStatus: 'review',
      }),
      at('2026-11-02T10:00:00.000Z', {
        action: 'deliverable.uploaded',
        actor: ARTIST,
        actorType: 'user',
        details: { version: 2 },
      }),
    ]
    expect(orderTimeline(events).map((e) => [e.event.action, e.followsPrevious])).toEqual([
      ['booking.status_changed', false],
      ['deliverable.uploaded', false],
    ])
  })
})

describe('timelineTime', () => {
  it.each([
    ['2026-01-15T12:30:00Z', '13:30 CET'],
    ['2026-07-15T12:30:00Z', '14:30 CEST'],
  ])('should show %s on the Amsterdam clock with its zone', (iso, expected) => {
    expect(timelineTime(iso)).toBe(expected)
  })
})
