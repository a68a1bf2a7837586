import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Doc, List } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { markBookingSeen } from '@/collections/BookingReads/markBookingSeen'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'

/**
 * The message thread on a booking (issue 13): what the server decides about a message (author,
 * role, body, when posting is closed), the `message.posted` audit event, and the digest emails — at
 * most one per booking per party per 15 minutes, each message in exactly one digest, never to its
 * author, in the recipient's language, and once even with two job runners. Who may read and write
 * which message is in the access table (tests/int/access.int.test.ts).
 */

const STAFF = 'staff@agency.test'
const MINUTE = 60 * 1000

let ctx: TestContext
let api: RestClient
let smtp: SmtpStub
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
const users: Record<string, { id: number; email: string; name: string }> = {}
let voiceoverId = 0
let voiceoverName = ''
const parties = () => ({ customer: tokens.customer, artist: tokens.artist })

beforeAll(async () => {
  smtp = await startSmtp()
  ctx = await bootPayload({ SMTP_URL: smtp.url(), STAFF_EMAIL: STAFF })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  // The customer reads English, the artist Dutch; the staff language stays Dutch (the default).
  const created = {
    admin: await createUser({ payload, role: 'admin' }),
    customer: await createUser({ payload, role: 'customer', locale: 'en' }),
    artist: await createUser({ payload, role: 'voiceover', locale: 'nl' }),
    otherCustomer: await createUser({ payload, role: 'customer' }),
  }
  for (const [name, user] of Object.entries(created)) {
    tokens[name] = await api.login(user.email, PASSWORD)
    users[name] = { id: user.id, email: user.email, name: user.name ?? '' }
  }
  const profile = await createVoiceover({ payload, user: created.artist.id })
  voiceoverId = profile.id
  voiceoverName = profile.name
})

afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.stop()
})

/** Runs `fn` with the clock set to `when` (only Date is faked; it keeps ticking from there). */
const at = async <T>(when: Date, fn: () => Promise<T>): Promise<T> => {
  vi.useFakeTimers({ toFake: ['Date'], now: when, shouldAdvanceTime: true })
  try {
    return await fn()
  } finally {
    vi.useRealTimers()
  }
}

type MessageDoc = Doc & { body: string; author: number; authorRole: string; customer: number }

const post = (token: string, booking: number, body: unknown, extra: Record<string, unknown> = {}) =>
  api.post<{ doc: MessageDoc; errors?: { message: string; data?: { key?: string } }[] }>(
    '/messages',
    { token, json: { booking, body, ...extra } },
  )

/** The digest emails about one booking that reached `email` (they link to the thread). */
const digestsTo = (email: string, bookingId: number) =>
  smtp.to(email).filter((m) => m.text.includes(`/account/bookings/${bookingId}#messages`))

describe('posting a message', () => {
  it('should take the author, role and parties from the server, not from the request', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await post(tokens.customer, booking.id, 'Hello', {
      author: users.admin.id,
      authorRole: 'staff',
      customer: users.otherCustomer.id,
      artist: users.otherCustomer.id,
    })
    const stored = await ctx.payload.findByID({
      collection: 'messages',
      id: res.body.doc.id,
      depth: 0,
    })
    expect([res.status, stored.author, stored.authorRole, stored.customer, stored.artist]).toEqual([
      201,
      users.customer.id,
      'customer',
      users.customer.id,
      users.artist.id,
    ])
  })

  it('should store the body trimmed', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await post(tokens.artist, booking.id, '  Can you say how to pronounce it?\n  ')
    expect([res.status, res.body.doc.body, res.body.doc.authorRole]).toEqual([
      201,
      'Can you say how to pronounce it?',
      'artist',
    ])
  })

  it('should refuse an empty body with 400 and a sentence', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await post(tokens.customer, booking.id, '   \n ')
    expect([res.status, res.body.errors?.[0]?.data?.key]).toEqual([400, 'message.empty'])
  })

  it('should refuse a body of 5001 characters with 400 and accept 5000', async () => {
    const booking = await steps.book(tokens.customer)
    const long = await post(tokens.customer, booking.id, 'a'.repeat(5001))
    const max = await post(tokens.customer, booking.id, 'a'.repeat(5000))
    expect([long.status, long.body.errors?.[0]?.data?.key, max.status]).toEqual([
      400,
      'message.tooLong',
      201,
    ])
  })

  it('should answer 400 when the booking is missing', async () => {
    const res = await api.post<{ errors?: { data?: { key?: string } }[] }>('/messages', {
      token: tokens.customer,
      json: { body: 'Hello' },
    })
    expect([res.status, res.body.errors?.[0]?.data?.key]).toEqual([400, 'message.sayWhichBooking'])
  })

  it('should refuse a message for a booking that doesn’t exist as for someone else’s (403)', async () => {
    const booking = await steps.book(tokens.customer)
    const others = await post(tokens.otherCustomer, booking.id, 'Hi')
    const missing = await post(tokens.customer, 99_999_999, 'Hi')
    expect([others.status, missing.status]).toEqual([403, 403])
  })

  it('should close a cancelled booking’s thread to its customer and artist (409) but not to staff', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.setStatus(tokens.customer, booking.id, 'cancelled', {
      cancellationReason: 'Campaign stopped.',
    })
    const customer = await post(tokens.customer, booking.id, 'Why?')
    const artist = await post(tokens.artist, booking.id, 'Pity.')
    const admin = await post(tokens.admin, booking.id, 'We refunded you.')
    expect([
      customer.status,
      customer.body.errors?.[0]?.data?.key,
      artist.status,
      admin.status,
      admin.body.doc.authorRole,
    ]).toEqual([409, 'message.bookingCancelled', 409, 201, 'staff'])
  })

  it('should keep a completed booking’s thread open (questions about the invoice)', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await steps.decide(tokens.customer, delivery.id, 'approved')
    const res = await post(tokens.customer, booking.id, 'Can the invoice name our PO number?')
    expect(res.status).toBe(201)
  })

  it('should let nobody edit a message, and only admins delete one', async () => {
    const booking = await steps.book(tokens.customer)
    const message = (await post(tokens.customer, booking.id, 'Original')).body.doc
    const edits = await Promise.all(
      ['customer', 'artist', 'admin'].map(
        async (who) =>
          (
            await api.patch(`/messages/${message.id}`, {
              token: tokens[who],
              json: { body: 'Changed' },
            })
          ).status,
      ),
    )
    const byAuthor = await api.delete(`/messages/${message.id}`, { token: tokens.customer })
    const byAdmin = await api.delete(`/messages/${message.id}`, { token: tokens.admin })
    expect([edits, byAuthor.status, byAdmin.status]).toEqual([[403, 403, 403], 403, 200])
  })

  it('should record message.posted with the author as actor', async () => {
    const booking = await steps.book(tokens.customer)
    const message = (await post(tokens.artist, booking.id, 'Recording tomorrow.')).body.doc
    const events = await ctx.payload.find({
      collection: slugs.auditEvents,
      where: {
        and: [{ booking: { equals: booking.id } }, { action: { equals: 'message.posted' } }],
      },
      depth: 0,
    })
    const event = events.docs[0]
    expect([events.totalDocs, event?.actor, event?.actorType, event?.details]).toEqual([
      1,
      users.artist.id,
      'user',
      { message: message.id, authorRole: 'artist' },
    ])
  })

  it('should list a booking’s messages oldest first to its parties only', async () => {
    const booking = await steps.book(tokens.customer)
    await post(tokens.customer, booking.id, 'First')
    await post(tokens.artist, booking.id, 'Second')
    const list = (token: string) =>
      api
        .get<List<MessageDoc>>(`/messages?where[booking][equals]=${booking.id}&sort=createdAt`, {
          token,
        })
        .then((r) => r.body.docs.map((d) => d.body))
    expect({
      customer: await list(tokens.customer),
      artist: await list(tokens.artist),
      otherCustomer: await list(tokens.otherCustomer),
    }).toEqual({ customer: ['First', 'Second'], artist: ['First', 'Second'], otherCustomer: [] })
  })
})

describe('digest emails', () => {
  it('should send the artist one email with three messages posted within minutes, in Dutch, and the customer none', async () => {
    const booking = await steps.book(tokens.customer)
    await drainJobs(ctx.payload)
    for (const body of ['First question', 'Second question', 'Third question']) {
      expect((await post(tokens.customer, booking.id, body)).status).toBe(201)
    }
    await drainJobs(ctx.payload)
    const artistMails = digestsTo(users.artist.email, booking.id)
    const text = artistMails[0]?.text ?? ''
    expect({
      artist: artistMails.length,
      staff: digestsTo(STAFF, booking.id).length,
      customer: digestsTo(users.customer.email, booking.id).length,
      subject: artistMails[0]?.subject,
      inOrder:
        text.indexOf('First question') < text.indexOf('Second question') &&
        text.indexOf('Second question') < text.indexOf('Third question') &&
        text.indexOf('First question') >= 0,
      link: text.includes(`http://localhost:3000/nl/account/bookings/${booking.id}#messages`),
      names: text.includes(`(klant)`),
    }).toEqual({
      artist: 1,
      staff: 1,
      customer: 0,
      subject: '3 nieuwe berichten over ‘Audio journey’',
      inOrder: true,
      link: true,
      names: true,
    })
  })

  it('should send a second email for a message 15+ minutes later, with only the new message', async () => {
    const booking = await steps.book(tokens.customer)
    const start = new Date()
    await post(tokens.customer, booking.id, 'Before the break')
    await drainJobs(ctx.payload)
    await at(new Date(start.getTime() + 5 * MINUTE), async () => {
      await post(tokens.customer, booking.id, 'Five minutes later')
      await drainJobs(ctx.payload)
    })
    const afterFive = digestsTo(users.artist.email, booking.id).length
    await at(new Date(start.getTime() + 16 * MINUTE), () => drainJobs(ctx.payload))
    const mails = digestsTo(users.artist.email, booking.id)
    expect({
      afterFive,
      total: mails.length,
      secondHasNew: mails[1]?.text.includes('Five minutes later'),
      secondRepeatsOld: mails[1]?.text.includes('Before the break'),
    }).toEqual({ afterFive: 1, total: 2, secondHasNew: true, secondRepeatsOld: false })
  })

  it('should send the artist’s reply to the customer in English and to staff, never back to the artist', async () => {
    const booking = await steps.book(tokens.customer)
    await post(tokens.artist, booking.id, 'Which accent do you prefer?')
    await drainJobs(ctx.payload)
    const customerMails = digestsTo(users.customer.email, booking.id)
    expect({
      customer: customerMails.length,
      subject: customerMails[0]?.subject,
      byline: customerMails[0]?.text.includes(`${voiceoverName} (artist)`),
      link: customerMails[0]?.text.includes(`/en/account/bookings/${booking.id}#messages`),
      staff: digestsTo(STAFF, booking.id).length,
      artist: digestsTo(users.artist.email, booking.id).length,
    }).toEqual({
      customer: 1,
      subject: 'New message about “Audio journey”',
      byline: true,
      link: true,
      staff: 1,
      artist: 0,
    })
  })

  it('should not email staff about a staff message', async () => {
    const booking = await steps.book(tokens.customer)
    await post(tokens.admin, booking.id, 'We moved the deadline.')
    await drainJobs(ctx.payload)
    expect([
      digestsTo(users.customer.email, booking.id).length,
      digestsTo(users.artist.email, booking.id).length,
      digestsTo(STAFF, booking.id).length,
    ]).toEqual([1, 1, 0])
  })

  it('should not email a message the recipient already read on the open booking page', async () => {
    const booking = await steps.book(tokens.customer)
    await drainJobs(ctx.payload)
    await post(tokens.customer, booking.id, 'Read on the page')
    // The artist has the booking open: the page marks everything up to the newest event as seen.
    const newest = await ctx.payload.find({
      collection: slugs.auditEvents,
      where: { booking: { equals: booking.id } },
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    const artist = (await ctx.payload.findByID({
      collection: slugs.users,
      id: users.artist.id,
      overrideAccess: true,
    })) as User
    await markBookingSeen({
      payload: ctx.payload,
      user: artist,
      bookingId: booking.id,
      eventId: newest.docs[0].id as number,
    })
    await drainJobs(ctx.payload)
    const afterSeen = digestsTo(users.artist.email, booking.id).length
    await post(tokens.customer, booking.id, 'Posted after the artist looked')
    await drainJobs(ctx.payload)
    const mails = digestsTo(users.artist.email, booking.id)
    expect({
      afterSeen,
      total: mails.length,
      hasNew: mails[0]?.text.includes('Posted after the artist looked'),
      repeatsSeen: mails[0]?.text.includes('Read on the page'),
      // Staff have no seen mark of their own: the agency still hears of every message.
      staff: digestsTo(STAFF, booking.id).length,
    }).toEqual({ afterSeen: 0, total: 1, hasNew: true, repeatsSeen: false, staff: 1 })
  })

  it('should send once when two job runners run the same digests together', async () => {
    const booking = await steps.book(tokens.customer)
    await drainJobs(ctx.payload)
    for (const body of ['One', 'Two', 'Three']) await post(tokens.customer, booking.id, body)
    await Promise.all([ctx.payload.jobs.run({ limit: 50 }), ctx.payload.jobs.run({ limit: 50 })])
    await drainJobs(ctx.payload)
    const mails = digestsTo(users.artist.email, booking.id)
    expect({
      artist: mails.length,
      staff: digestsTo(STAFF, booking.id).length,
      allThree: ['One', 'Two', 'Three'].every((b) => mails[0]?.text.includes(`\n${b}\n`)),
    }).toEqual({ artist: 1, staff: 1, allThree: true })
  })
})
