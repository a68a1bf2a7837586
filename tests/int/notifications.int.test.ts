import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { withTransaction } from '@/db/withTransaction'

import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'

const STAFF = 'staff@agency.test'
const CRON_SECRET = 'cron-secret-for-tests-0123456789'
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

let ctx: TestContext
let api: RestClient
let smtp: SmtpStub
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
const users: Record<string, { id: number; email: string }> = {}
let voiceoverId = 0
const parties = () => ({ customer: tokens.customer, artist: tokens.artist })

beforeAll(async () => {
  smtp = await startSmtp()
  ctx = await bootPayload({ SMTP_URL: smtp.url(), STAFF_EMAIL: STAFF, CRON_SECRET })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const created = {
    admin: await createUser({ payload, role: 'admin' }),
    customer: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover', locale: 'nl' }),
  }
  // The customer reads English; the artist Dutch.
  await payload.update({
    collection: 'users',
    id: created.customer.id,
    data: { locale: 'en' },
  })
  for (const [name, user] of Object.entries(created)) {
    tokens[name] = await api.login(user.email, PASSWORD)
    users[name] = { id: user.id, email: user.email }
  }
  voiceoverId = (await createVoiceover({ payload, user: created.artist.id })).id
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

// The plain-text part links the booking's page (`…/account/bookings/12`, or URL-encoded inside a
// login link) and names it by its reference (BK-2026-00042), or as `#12` when it has none; `12` must
// not match 123, nor `#12` the HTML's colours (`#5b5a6e` once matched booking #5).
const forBooking = (id: number) => {
  const ref = new RegExp(`(#|bookings/|bookings%2F)${id}(?![0-9A-Za-z])`)
  return smtp.received.filter((m) => ref.test(m.text))
}
const bookingOf = (id: number) => ctx.payload.findByID({ collection: 'bookings', id, depth: 0 })
const deliveriesOf = async (id: number) =>
  (
    await ctx.payload.find({
      collection: 'email-deliveries',
      where: { booking: { equals: id } },
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'createdAt',
    })
  ).docs

describe('the booking journey by email', () => {
  it('should send exactly the expected emails to the expected people, in their language', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await drainJobs(ctx.payload)
    await steps.decide(
      tokens.customer,
      delivery.id,
      'revision_requested',
      'Slower, please.\nAnd warmer.',
    )
    await drainJobs(ctx.payload)
    const v2 = (await steps.deliverShown(tokens.artist, booking.id)).body.doc
    await drainJobs(ctx.payload)
    await steps.decide(tokens.customer, v2.id, 'approved')
    await drainJobs(ctx.payload)

    const kinds = (await deliveriesOf(booking.id)).map((d) => `${d.kind} → ${d.to}`).sort()
    expect(kinds).toEqual(
      [
        `booking_created_customer → ${users.customer.email}`,
        `booking_created_staff → ${STAFF}`,
        `script_received_artist → ${users.artist.email}`,
        `script_received_customer → ${users.customer.email}`,
        `production_started_customer → ${users.customer.email}`,
        `delivery_ready_customer → ${users.customer.email}`,
        `revision_requested_artist → ${users.artist.email}`,
        `revision_requested_customer → ${users.customer.email}`,
        `delivery_ready_customer → ${users.customer.email}`,
        `completed_customer → ${users.customer.email}`,
        `completed_artist → ${users.artist.email}`,
      ].sort(),
    )
    const mails = forBooking(booking.id)
    expect(mails).toHaveLength(11)
    const revision = mails.find(
      (m) => m.to.includes(users.artist.email) && m.text.includes('Slower, please.'),
    )
    const invoiceMail = mails.find((m) => m.text.includes('/api/invoices/file/'))
    expect({
      artistRevisionMail: Boolean(revision),
      revisionHtmlKeepsLineBreak: revision?.html.includes('Slower, please.<br'),
      invoiceLinkedToCustomer: invoiceMail?.to,
    }).toEqual({
      artistRevisionMail: true,
      revisionHtmlKeepsLineBreak: true,
      invoiceLinkedToCustomer: [users.customer.email],
    })
  })

  it('should tell the customer about a version delivered while the booking is already in review', async () => {
    const { booking } = await steps.inReview(parties())
    await drainJobs(ctx.payload)
    const v2 = await steps.deliverShown(tokens.artist, booking.id)
    await drainJobs(ctx.payload)
    const ready = (await deliveriesOf(booking.id)).filter(
      (d) => d.kind === 'delivery_ready_customer',
    )
    expect([v2.status, ready.length, ready.every((d) => d.to === users.customer.email)]).toEqual([
      201,
      2,
      true,
    ])
  })

  it('should write to the customer in English and to the artist in Dutch', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await drainJobs(ctx.payload)
    const mails = forBooking(booking.id)
    const toArtist = mails.find((m) => m.to.includes(users.artist.email))
    const toCustomer = mails.filter((m) => m.to.includes(users.customer.email))
    expect({
      artistDutch:
        /\b(je|jouw|Nieuw|script)\b/i.test(toArtist?.subject ?? '') &&
        /Beste|Hoi|Hallo/.test(toArtist?.text ?? ''),
      customerEnglish: toCustomer.every((m) => /\b(Hi|Hello|Dear)\b/.test(m.text)),
      customerCount: toCustomer.length,
    }).toEqual({ artistDutch: true, customerEnglish: true, customerCount: 2 })
  })
})

describe('a voice without an account of their own', () => {
  it('should send the artist’s email to the agency, saying whom it is for, and tell nobody else twice', async () => {
    const voiceover = await createVoiceover({ payload: ctx.payload })
    const noAccount = journey(api, () => voiceover.id)
    const booking = await noAccount.book(tokens.customer)
    await noAccount.uploadScript(tokens.customer, booking.id)
    await drainJobs(ctx.payload)
    const forArtist = forBooking(booking.id).filter(
      (m) => m.to.includes(STAFF) && m.subject.startsWith(`Voor ${voiceover.name}:`),
    )
    expect({
      count: forArtist.length,
      saysWhy: forArtist[0]?.text.includes(`${voiceover.name} heeft geen 14voices-account`),
      noDashboardLink: !forArtist[0]?.text.includes('/dashboard'),
      toArtistAccount: forBooking(booking.id).filter((m) => m.to.includes(users.artist.email))
        .length,
    }).toEqual({ count: 1, saysWhy: true, noDashboardLink: true, toArtistAccount: 0 })
  })
})

describe('languages', () => {
  const setLocale = (token: string, id: number, locale: 'nl' | 'en') =>
    api.patch(`/users/${id}`, { token, json: { locale } })

  it('should write in the customer’s language at send time: switched to Dutch, the next email is Dutch', async () => {
    const booking = await steps.book(tokens.customer)
    // The email is queued while the customer reads English; they switch before it is sent.
    const switched = await setLocale(tokens.customer, users.customer.id, 'nl')
    try {
      await drainJobs(ctx.payload)
    } finally {
      await setLocale(tokens.customer, users.customer.id, 'en')
    }
    const [mail] = forBooking(booking.id).filter((m) => m.to.includes(users.customer.email))
    expect([
      switched.status,
      mail?.subject,
      mail?.text.startsWith('Hoi ') || mail?.text.startsWith('Hallo,'),
    ]).toEqual([
      200,
      `Je boeking is ontvangen: “${booking.projectTitle as string}” [${booking.reference as string}]`,
      true,
    ])
  })

  it('should write to the customer in English again once they switch back', async () => {
    const booking = await steps.book(tokens.customer)
    await drainJobs(ctx.payload)
    const [mail] = forBooking(booking.id).filter((m) => m.to.includes(users.customer.email))
    expect(mail?.subject).toBe(
      `Your booking is confirmed: “${booking.projectTitle as string}” [${booking.reference as string}]`,
    )
  })

  it('should write staff emails in the staff language setting', async () => {
    await ctx.payload.updateGlobal({ slug: 'company', data: { staffLanguage: 'en' } })
    try {
      const booking = await steps.book(tokens.customer)
      await drainJobs(ctx.payload)
      const [mail] = forBooking(booking.id).filter((m) => m.to.includes(STAFF))
      expect(mail?.subject).toBe(
        `New booking: “${booking.projectTitle as string}” [${booking.reference as string}]`,
      )
    } finally {
      await ctx.payload.updateGlobal({ slug: 'company', data: { staffLanguage: 'nl' } })
    }
  })

  it('should link the booking, the dashboard and the footer pages in each recipient’s language', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await drainJobs(ctx.payload)
    const mails = forBooking(booking.id)
    const pathsTo = (email: string) =>
      [...(mails.find((m) => m.to.includes(email))?.html ?? '').matchAll(/href="([^"]+)"/g)].map(
        (m) => new URL(m[1]!).pathname,
      )
    expect({
      customer: pathsTo(users.customer.email),
      artist: pathsTo(users.artist.email),
    }).toEqual({
      customer: [`/en/account/bookings/${booking.id}`, '/en/terms', '/en/privacy', '/en/contact'],
      artist: [
        `/nl/account/bookings/${booking.id}`,
        '/nl/dashboard',
        '/nl/terms',
        '/nl/privacy',
        '/nl/contact',
      ],
    })
  })

  it('should show the agency’s name from the Company global in the footer', async () => {
    const company = await ctx.payload.findGlobal({ slug: 'company' })
    const booking = await steps.book(tokens.customer)
    await drainJobs(ctx.payload)
    const [mail] = forBooking(booking.id)
    expect(mail?.text).toContain(company.name)
  })
})

describe('reliability', () => {
  it('should keep an email while SMTP is down and deliver it once when it is back', async () => {
    const booking = await steps.inProduction(parties())
    await drainJobs(ctx.payload)
    const before = forBooking(booking.id).length
    await smtp.stop()
    const delivered = await steps.deliverShown(tokens.artist, booking.id)
    await drainJobs(ctx.payload)
    const whileDown = forBooking(booking.id).length
    await smtp.start()
    // The failed job retries with backoff; move the clock past it rather than sleeping.
    await at(new Date(Date.now() + 2 * HOUR), () => drainJobs(ctx.payload))
    await at(new Date(Date.now() + 4 * HOUR), () => drainJobs(ctx.payload))
    const ready = forBooking(booking.id).filter((m) => m.text.includes('/account/bookings/'))
    expect({
      uploadStatus: delivered.status,
      whileDown: whileDown - before,
      after: forBooking(booking.id).length - before,
      readyMails: ready.length > 0,
    }).toEqual({ uploadStatus: 201, whileDown: 0, after: 1, readyMails: true })
  })

  it('should send once when the same job runs twice, and when two workers run together', async () => {
    const booking = await steps.book(tokens.customer)
    const job = await ctx.payload.jobs.queue({
      task: 'sendNotification',
      input: { kind: 'production_started_customer', booking: booking.id, eventKey: 'twice' },
    } as Parameters<typeof ctx.payload.jobs.queue>[0])
    await ctx.payload.jobs.queue({
      task: 'sendNotification',
      input: { kind: 'production_started_customer', booking: booking.id, eventKey: 'twice' },
    } as Parameters<typeof ctx.payload.jobs.queue>[0])
    await Promise.all([ctx.payload.jobs.run({ limit: 50 }), ctx.payload.jobs.run({ limit: 50 })])
    await drainJobs(ctx.payload)
    // And the first job, run again by id.
    await ctx.payload.jobs.runByID({ id: job.id }).catch(() => undefined)
    const started = forBooking(booking.id).filter((m) => m.to.includes(users.customer.email))
    // booking_created_customer + production_started_customer, each once.
    expect(started).toHaveLength(2)
  })

  it('should send nothing for a change that rolled back', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await drainJobs(ctx.payload)
    const before = forBooking(booking.id).length
    const artist = await ctx.payload.findByID({ collection: 'users', id: users.artist.id })
    const req = await createLocalReq({ user: { ...artist, collection: 'users' } }, ctx.payload)
    await withTransaction(req, async () => {
      await ctx.payload.update({
        collection: 'bookings',
        id: booking.id,
        data: { status: 'in_production' },
        req,
        user: req.user,
        overrideAccess: false,
      })
      throw new Error('something later in the same request failed')
    }).catch(() => undefined)
    await drainJobs(ctx.payload)
    expect([(await bookingOf(booking.id)).status, forBooking(booking.id).length - before]).toEqual([
      'script_received',
      0,
    ])
  })

  it('should send one email for twenty racing identical transitions', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await drainJobs(ctx.payload)
    const before = forBooking(booking.id).length
    const results = await Promise.all(
      Array.from({ length: 20 }, () => steps.setStatus(tokens.artist, booking.id, 'in_production')),
    )
    await drainJobs(ctx.payload)
    expect([
      results.filter((r) => r.status === 200).length,
      forBooking(booking.id).length - before,
    ]).toEqual([1, 1])
  })
})

describe('timers', () => {
  const remindersFor = (id: number) =>
    forBooking(id).filter((m) => m.to.includes(users.artist.email) && !m.text.includes('Slower'))

  it('should remind the artist 24 and 4 hours before the deadline, then escalate once when overdue', async () => {
    const booking = await steps.inProduction(parties())
    await drainJobs(ctx.payload)
    const deadline = new Date((await bookingOf(booking.id)).deadline as string)
    const base = remindersFor(booking.id).length
    await at(new Date(deadline.getTime() - 25 * HOUR), () => drainJobs(ctx.payload))
    const early = remindersFor(booking.id).length - base
    await at(new Date(deadline.getTime() - 23 * HOUR), () => drainJobs(ctx.payload))
    const after24 = remindersFor(booking.id).length - base
    await at(new Date(deadline.getTime() - 3 * HOUR), () => drainJobs(ctx.payload))
    const after4 = remindersFor(booking.id).length - base
    await at(new Date(deadline.getTime() + HOUR), () => drainJobs(ctx.payload))
    const overdueArtist = remindersFor(booking.id).length - base
    const overdueStaff = forBooking(booking.id).filter((m) => m.to.includes(STAFF)).length
    // The admin moves the deadline; when that one passes too, there is no second escalation.
    const later = new Date(deadline.getTime() + 2 * DAY)
    await api.patch(`/bookings/${booking.id}`, {
      token: tokens.admin,
      json: { deadline: later.toISOString() },
    })
    await at(new Date(later.getTime() + HOUR), () => drainJobs(ctx.payload))
    const staffAfterSecondDeadline = forBooking(booking.id).filter((m) =>
      m.to.includes(STAFF),
    ).length
    expect([early, after24, after4, overdueArtist, overdueStaff, staffAfterSecondDeadline]).toEqual(
      [0, 1, 2, 3, 2, 2],
    )
  })

  it('should follow a moved deadline and forget the old one', async () => {
    const booking = await steps.inProduction(parties())
    await drainJobs(ctx.payload)
    const original = new Date((await bookingOf(booking.id)).deadline as string)
    const moved = new Date(original.getTime() + 3 * DAY)
    await api.patch(`/bookings/${booking.id}`, {
      token: tokens.admin,
      json: { deadline: moved.toISOString() },
    })
    const base = remindersFor(booking.id).length
    await at(new Date(original.getTime() - 23 * HOUR), () => drainJobs(ctx.payload))
    const atOldTime = remindersFor(booking.id).length - base
    await at(new Date(moved.getTime() - 23 * HOUR), () => drainJobs(ctx.payload))
    const atNewTime = remindersFor(booking.id).length - base
    expect([atOldTime, atNewTime]).toEqual([0, 1])
  })

  it('should cancel the reminders when the recording is delivered and approved', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await steps.decide(tokens.customer, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const deadline = new Date((await bookingOf(booking.id)).deadline as string)
    const base = forBooking(booking.id).length
    await at(new Date(deadline.getTime() + HOUR), () => drainJobs(ctx.payload))
    expect(forBooking(booking.id).length - base).toBe(0)
  })

  it('should warn the customer a day ahead, then approve automatically and say so', async () => {
    const { booking } = await steps.inReview(parties())
    await drainJobs(ctx.payload)
    const since = new Date((await bookingOf(booking.id)).statusChangedAt as string)
    const toCustomer = () =>
      forBooking(booking.id).filter((m) => m.to.includes(users.customer.email)).length
    const base = toCustomer()
    await at(new Date(since.getTime() + 5 * DAY), () => drainJobs(ctx.payload))
    const tooEarly = toCustomer() - base
    await at(new Date(since.getTime() + 6 * DAY + HOUR), () => drainJobs(ctx.payload))
    const warned = toCustomer() - base
    await at(new Date(since.getTime() + 7 * DAY + HOUR), () => drainJobs(ctx.payload))
    const stored = await bookingOf(booking.id)
    const invoices = await ctx.payload.count({
      collection: 'invoices',
      where: { booking: { equals: booking.id } },
    })
    expect([tooEarly, warned, stored.status, toCustomer() - base, invoices.totalDocs]).toEqual([
      0,
      1,
      'completed',
      2,
      1,
    ])
  })

  it('should not auto-approve a booking whose customer decided first', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await drainJobs(ctx.payload)
    await steps.decide(tokens.customer, delivery.id, 'revision_requested', 'Another take.')
    const since = new Date()
    await at(new Date(since.getTime() + 8 * DAY), () => drainJobs(ctx.payload))
    expect((await bookingOf(booking.id)).status).toBe('in_production')
  })
})

describe('account emails', () => {
  it('should send the password-reset email through the same mail server', async () => {
    const before = smtp.to(users.customer.email).length
    const res = await api.post('/users/forgot-password', { json: { email: users.customer.email } })
    const reset = smtp.to(users.customer.email).slice(before)
    const link = /href="([^"]+)"/.exec(reset[0]?.html ?? '')?.[1] ?? ''
    const token = new URL(link.replace(/&amp;/g, '&')).searchParams.get('token') ?? ''
    const changed = await api.post('/users/reset-password', {
      json: { token, password: 'A-new-password-42' },
    })
    const login = await api.post('/users/login', {
      json: { email: users.customer.email, password: 'A-new-password-42' },
    })
    expect([
      res.status,
      reset.length,
      reset[0]?.subject,
      new URL(link).pathname,
      changed.status,
      login.status,
    ]).toEqual([200, 1, 'Choose a new password for 14voices', '/en/reset-password', 200, 200])
  })

  it('should send the reset email in Dutch, branded, to an account that reads Dutch', async () => {
    const before = smtp.to(users.artist.email).length
    await api.post('/users/forgot-password', { json: { email: users.artist.email } })
    const [reset] = smtp.to(users.artist.email).slice(before)
    const paths = [...(reset?.html ?? '').matchAll(/href="([^"]+)"/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname,
    )
    expect([reset?.subject, paths]).toEqual([
      'Kies een nieuw wachtwoord voor 14voices',
      ['/nl/reset-password', '/nl/terms', '/nl/privacy', '/nl/contact'],
    ])
  })
})

describe('the jobs API', () => {
  it.each([
    ['anonymous', undefined, 403],
    ['a customer', 'customer', 403],
    ['an artist', 'artist', 403],
  ])('should not let %s list or run jobs', async (_label, who, status) => {
    const token = who ? tokens[who] : undefined
    const list = await api.get('/payload-jobs', { token })
    const run = await api.get('/payload-jobs/run', { token })
    expect([list.status, run.status]).toEqual([status, 401])
  })

  it('should run the queue for the cron secret, and for nobody guessing it', async () => {
    const ok = await api.get('/payload-jobs/run', {
      headers: { authorization: `Bearer ${CRON_SECRET}` },
    })
    const wrong = await api.get('/payload-jobs/run', { headers: { authorization: 'Bearer nope' } })
    expect([ok.status, wrong.status]).toEqual([200, 401])
  })

  it('should let admins read the queue', async () => {
    const list = await api.get<{ docs: Doc[] }>('/payload-jobs?limit=1', { token: tokens.admin })
    expect(list.status).toBe(200)
  })
})
