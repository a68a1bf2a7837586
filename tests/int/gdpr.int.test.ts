import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DAY_MS } from '@/domain/time'
import { purgeExpiredFiles } from '@/jobs/purgeExpiredFiles'

import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type Export = {
  profile: Doc
  bookings: { asCustomer: Doc[]; asArtist: Doc[] }
  invoices: Doc[]
  scripts: Doc[]
  deliverables: Doc[]
  auditEvents: Doc[]
}

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
let artist: { id: number; token: string }
let admin: { id: number; token: string }
let voiceoverId = 0

/** A new account of `role`, logged in. */
const account = async (role: 'customer' | 'voiceover' | 'admin') => {
  const user = await createUser({ payload: ctx.payload, role })
  return { id: user.id, email: user.email, token: await api.login(user.email, PASSWORD) }
}

/** A booking of `customer` with the shared artist, approved (completed) and invoiced. */
const completedBooking = async (customer: string) => {
  const { booking, delivery } = await steps.inReview({ customer, artist: artist.token })
  const approved = await steps.decide(customer, delivery.id, 'approved')
  if (approved.status !== 200) throw new Error(`approval failed: ${approved.status}`)
  await drainJobs(ctx.payload)
  return booking
}

const filesOf = async (collection: 'scripts' | 'deliverables' | 'invoices', booking: number) =>
  (
    await ctx.payload.find({
      collection,
      where: { booking: { equals: booking } },
      depth: 0,
      pagination: false,
    })
  ).docs as unknown as Doc[]

const onDisk = (collection: 'scripts' | 'deliverables' | 'invoices', filename: unknown) => {
  const upload = ctx.payload.collections[collection].config.upload
  return fs.existsSync(path.join(upload.staticDir as string, String(filename)))
}

const eventsOf = async (booking: number, action: string) =>
  (
    await ctx.payload.find({
      collection: 'audit-events',
      where: { and: [{ booking: { equals: booking } }, { action: { equals: action } }] },
      depth: 0,
    })
  ).totalDocs

beforeAll(async () => {
  // Every request here shares one client address; the per-address limits are tested in
  // auth-limits.int.test.ts, so they are lifted out of reach for this file's dozen erasures.
  ctx = await bootPayload({ RATE_LIMIT_ADDRESS_FACTOR: '100' })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  artist = await account('voiceover')
  admin = await account('admin')
  voiceoverId = (await createVoiceover({ payload: ctx.payload, user: artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('download my data', () => {
  it('should answer 401 to a visitor', async () => {
    const res = await api.get('/users/export')
    expect(res.status).toBe(401)
  })

  it('should send the data as a private JSON attachment named after the day', async () => {
    const customer = await account('customer')
    const res = await api.get('/users/export', { token: customer.token })
    expect([
      res.status,
      /^attachment; filename="14voices-data-\d{4}-\d{2}-\d{2}\.json"$/.test(
        res.headers.get('content-disposition') ?? '',
      ),
      res.headers.get('cache-control'),
    ]).toEqual([200, true, 'private, no-store'])
  })

  it('should hold the customer’s own profile, booking, invoice, files and events', async () => {
    const customer = await account('customer')
    const booking = await completedBooking(customer.token)
    const { body } = await api.get<Export>('/users/export', { token: customer.token })
    expect({
      email: body.profile.email,
      bookings: body.bookings.asCustomer.map((b) => b.id),
      invoices: body.invoices.map((i) => i.booking),
      scripts: body.scripts.map((s) => s.booking),
      deliverables: body.deliverables.map((d) => d.booking),
      eventsOfBooking: body.auditEvents.every((e) => e.booking === booking.id),
    }).toEqual({
      email: customer.email,
      bookings: [booking.id],
      invoices: [booking.id],
      scripts: [booking.id],
      deliverables: [booking.id],
      eventsOfBooking: true,
    })
  })

  it('should leave out other customers’ bookings', async () => {
    const customer = await account('customer')
    const other = await account('customer')
    const mine = await steps.book(customer.token)
    await steps.book(other.token)
    const { body } = await api.get<Export>('/users/export', { token: customer.token })
    expect(body.bookings.asCustomer.map((b) => b.id)).toEqual([mine.id])
  })

  it('should leave out the password hash, salt, sessions and reset token', async () => {
    const customer = await account('customer')
    const { body } = await api.get<Export>('/users/export', { token: customer.token })
    const keys = ['hash', 'salt', 'sessions', 'resetPasswordToken', 'password']
    expect(keys.filter((key) => key in body.profile)).toEqual([])
  })

  it('should leave IP addresses out of a customer’s audit events', async () => {
    const customer = await account('customer')
    await completedBooking(customer.token)
    const { body } = await api.get<Export>('/users/export', { token: customer.token })
    expect(body.auditEvents.filter((e) => 'ip' in e)).toEqual([])
  })

  it('should give an artist their booking without the customer’s price', async () => {
    const customer = await account('customer')
    const booking = await steps.book(customer.token)
    const { body } = await api.get<Export>('/users/export', { token: artist.token })
    const mine = body.bookings.asArtist.find((b) => b.id === booking.id)
    expect([
      mine?.projectTitle,
      'quotedPrice' in (mine ?? {}),
      'finalPrice' in (mine ?? {}),
    ]).toEqual([booking.projectTitle, false, false])
  })
})

describe('delete my account', () => {
  it('should refuse a wrong password with 401 and a sentence', async () => {
    const customer = await account('customer')
    const res = await api.post<{ errors: { message: string }[] }>('/users/erase', {
      token: customer.token,
      json: { password: 'Not-The-Password-1' },
    })
    expect([res.status, res.body.errors[0]?.message]).toEqual([
      401,
      'That password is not right. Enter your current password to delete your account.',
    ])
  })

  it('should keep the account after a wrong password', async () => {
    const customer = await account('customer')
    await api.post('/users/erase', { token: customer.token, json: { password: 'Wrong-Pass-12' } })
    const stored = await ctx.payload.findByID({ collection: 'users', id: customer.id })
    expect(stored.email).toBe(customer.email)
  })

  it('should answer 401 to a visitor', async () => {
    const res = await api.post('/users/erase', { json: { password: PASSWORD } })
    expect(res.status).toBe(401)
  })

  it('should anonymise the customer and expire the session cookie', async () => {
    const customer = await account('customer')
    await ctx.payload.update({
      collection: 'users',
      id: customer.id,
      data: { billing: { company: 'Acme BV', address: 'Damrak 1, Amsterdam', country: 'NL' } },
    })
    const res = await api.post('/users/erase', {
      token: customer.token,
      json: { password: PASSWORD },
    })
    const stored = await ctx.payload.findByID({ collection: 'users', id: customer.id })
    expect({
      status: res.status,
      cookieCleared: /payload-token=;.*Expires=/i.test(res.headers.get('set-cookie') ?? ''),
      name: stored.name,
      email: stored.email,
      company: stored.billing?.company ?? null,
      address: stored.billing?.address ?? null,
      anonymised: typeof stored.anonymisedAt === 'string',
    }).toEqual({
      status: 200,
      cookieCleared: true,
      name: 'Deleted customer',
      email: `deleted-${customer.id}@erased.invalid`,
      company: null,
      address: null,
      anonymised: true,
    })
  })

  it('should refuse a login with the erased account’s old email and password', async () => {
    const customer = await account('customer')
    await api.post('/users/erase', { token: customer.token, json: { password: PASSWORD } })
    const res = await api.post('/users/login', {
      json: { email: customer.email, password: PASSWORD },
    })
    expect(res.status).toBe(401)
  })

  it('should make the erased account’s token useless', async () => {
    const customer = await account('customer')
    await api.post('/users/erase', { token: customer.token, json: { password: PASSWORD } })
    const res = await api.get('/users/export', { token: customer.token })
    expect(res.status).toBe(401)
  })

  it('should keep the booking for the admin with the customer anonymised, and audit it', async () => {
    const customer = await account('customer')
    const booking = await completedBooking(customer.token)
    await api.post('/users/erase', { token: customer.token, json: { password: PASSWORD } })
    const seen = await api.get<Doc>(`/bookings/${booking.id}?depth=1`, { token: admin.token })
    const party = seen.body.customer as Doc
    expect([
      seen.status,
      party.id,
      party.name,
      await eventsOf(booking.id, 'account.erased'),
    ]).toEqual([200, customer.id, 'Deleted customer', 1])
  })

  it('should leave the invoice unchanged', async () => {
    const customer = await account('customer')
    const booking = await completedBooking(customer.token)
    const [before] = await filesOf('invoices', booking.id)
    await api.post('/users/erase', { token: customer.token, json: { password: PASSWORD } })
    const [after] = await filesOf('invoices', booking.id)
    expect(after).toEqual(before)
  })

  it('should refuse the last admin with 409', async () => {
    const res = await api.post('/users/erase', { token: admin.token, json: { password: PASSWORD } })
    expect(res.status).toBe(409)
  })

  it('should refuse an artist with an active booking with 409 and a sentence', async () => {
    const customer = await account('customer')
    await steps.book(customer.token)
    const res = await api.post<{ errors: { message: string }[] }>('/users/erase', {
      token: artist.token,
      json: { password: PASSWORD },
    })
    expect([
      res.status,
      /Ask the agency to reassign/.test(res.body.errors[0]?.message ?? ''),
    ]).toEqual([409, true])
  })

  it('should take an erased artist’s profile out of the catalogue', async () => {
    const other = await account('voiceover')
    const profile = await createVoiceover({ payload: ctx.payload, user: other.id })
    const res = await api.post('/users/erase', { token: other.token, json: { password: PASSWORD } })
    const stored = await ctx.payload.findByID({ collection: 'voiceovers', id: profile.id })
    expect([res.status, stored.active]).toEqual([200, false])
  })
})

describe('retention purge', () => {
  const daysAfter = (iso: unknown, days: number) =>
    new Date(Date.parse(String(iso)) + days * DAY_MS)

  /** A completed booking with its stored completion time (the purge counts from it). */
  const completed = async () => {
    const customer = await account('customer')
    const booking = await completedBooking(customer.token)
    const stored = await ctx.payload.findByID({ collection: 'bookings', id: booking.id, depth: 0 })
    return { booking, customer, completedAt: stored.statusChangedAt }
  }

  it('should keep the files of a booking completed less than 90 days ago', async () => {
    const { booking, completedAt } = await completed()
    const purged = await purgeExpiredFiles({
      payload: ctx.payload,
      now: daysAfter(completedAt, 89),
    })
    const [script] = await filesOf('scripts', booking.id)
    expect([purged.includes(booking.id), onDisk('scripts', script?.filename)]).toEqual([
      false,
      true,
    ])
  })

  it('should delete the script and delivery of a booking completed 90 days ago', async () => {
    const { booking, completedAt } = await completed()
    await purgeExpiredFiles({ payload: ctx.payload, now: daysAfter(completedAt, 90) })
    const [script] = await filesOf('scripts', booking.id)
    const [delivery] = await filesOf('deliverables', booking.id)
    expect([
      [onDisk('scripts', script?.filename), typeof script?.purgedAt],
      [onDisk('deliverables', delivery?.filename), typeof delivery?.purgedAt],
    ]).toEqual([
      [false, 'string'],
      [false, 'string'],
    ])
  })

  it('should keep the invoice file of a purged booking', async () => {
    const { booking, completedAt } = await completed()
    await purgeExpiredFiles({ payload: ctx.payload, now: daysAfter(completedAt, 91) })
    const [invoice] = await filesOf('invoices', booking.id)
    expect(onDisk('invoices', invoice?.filename)).toBe(true)
  })

  it('should answer 410 with a sentence for a purged script', async () => {
    const { booking, customer, completedAt } = await completed()
    await purgeExpiredFiles({ payload: ctx.payload, now: daysAfter(completedAt, 91) })
    const [script] = await filesOf('scripts', booking.id)
    const res = await api.get<{ errors: { message: string }[] }>(
      `/scripts/file/${String(script?.filename)}`,
      { token: customer.token },
    )
    expect([res.status, /retention policy/.test(res.body.errors[0]?.message ?? '')]).toEqual([
      410,
      true,
    ])
  })

  it('should audit a purge once and do nothing on a second run', async () => {
    const { booking, completedAt } = await completed()
    const now = daysAfter(completedAt, 91)
    const first = await purgeExpiredFiles({ payload: ctx.payload, now })
    const second = await purgeExpiredFiles({ payload: ctx.payload, now })
    expect([
      first.includes(booking.id),
      second,
      await eventsOf(booking.id, 'files.purged'),
    ]).toEqual([true, [], 1])
  })
})
