import fs from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultQuotaSettings, retryTimeLabel } from '@/domain/quotas'
import { renderSentence } from '@/errors/sentence'
import { HOUR_MS } from '@/domain/time'
import type { Quota } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { wavFile } from '../helpers/files'
import type { Doc } from '../helpers/journey'
import { journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type Refusal = {
  errors: {
    message: string
    data?: { quota?: string; retryAt?: string; retryAfterSeconds?: number }
  }[]
}

/** Lowered in setup through the global, so the limits are reached with a handful of rows. */
const limits = {
  bookingsPerHour: 3,
  bookingsPerDay: 5,
  deliveriesPerBooking: 2,
  // Two one-second takes fit; a one-second and a two-second take don't.
  deliveryBytesPerBooking: 2 * wavFile(1).length,
}

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
let voiceoverId = 0
const tokens: Record<'admin' | 'artist', string> = { admin: '', artist: '' }

/** A customer of their own per test, so each test starts with empty windows. */
const newCustomer = async () => {
  const user = await createUser({ payload: ctx.payload, role: 'customer' })
  return { id: user.id, token: await api.login(user.email, PASSWORD) }
}

const book = (token: string, extra: Record<string, unknown> = {}) =>
  api.post<{ doc: Doc } & Refusal>('/bookings', {
    token,
    json: {
      voiceover: voiceoverId,
      projectTitle: 'Quota spot',
      projectType: 'commercial',
      termsAccepted: true,
      ...extra,
    },
  })

const bookingsOf = async (customerId: number) =>
  (
    await ctx.payload.find({
      collection: slugs.bookings,
      where: { customer: { equals: customerId } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs

/** Files in the deliverables' store (the collection's own upload folder). */
const storedDeliveryFiles = async () => {
  const { staticDir } = ctx.payload.collections[slugs.deliverables].config.upload
  return (await fs.readdir(staticDir as string)).length
}

/** The global as a fresh database has it, read before setup lowers the limits. */
let asMigrated: Partial<Quota> = {}

beforeAll(async () => {
  ctx = await bootPayload({}, { quotas: 'as-migrated' })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const admin = await createUser({ payload, role: 'admin' })
  const artist = await createUser({ payload, role: 'voiceover' })
  tokens.admin = await api.login(admin.email, PASSWORD)
  tokens.artist = await api.login(artist.email, PASSWORD)
  voiceoverId = (await createVoiceover({ payload, user: artist.id })).id
  asMigrated = await payload.findGlobal({ slug: globalSlugs.quotas })
  await payload.updateGlobal({ slug: globalSlugs.quotas, data: limits })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('the Quotas global', () => {
  it('should start with the limits issue 11 names: 10 bookings an hour, 30 a day, 20 deliveries and 5 GB a booking', () => {
    expect(asMigrated).toMatchObject({
      bookingsPerHour: 10,
      bookingsPerDay: 30,
      deliveriesPerBooking: 20,
      deliveryBytesPerBooking: 5 * 1024 * 1024 * 1024,
    })
  })
})

describe('bookings per customer, default limits', () => {
  beforeAll(async () => {
    await ctx.payload.updateGlobal({ slug: globalSlugs.quotas, data: defaultQuotaSettings })
  })
  afterAll(async () => {
    await ctx.payload.updateGlobal({ slug: globalSlugs.quotas, data: limits })
  })

  it('should refuse the 11th booking in an hour with 429 and Retry-After', async () => {
    const customer = await newCustomer()
    for (let i = 0; i < 10; i++) await book(customer.token)
    const res = await book(customer.token)
    expect([
      res.status,
      res.body.errors[0].message.startsWith(
        'You have created 10 bookings in the last hour, the most we accept; try again after ',
      ),
      res.headers.get('retry-after'),
    ]).toEqual([429, true, String(res.body.errors[0].data?.retryAfterSeconds)])
  })
})

describe('bookings per customer', () => {
  it('should refuse the booking after the hourly limit with 429, a sentence with the time and Retry-After', async () => {
    const customer = await newCustomer()
    for (let i = 0; i < limits.bookingsPerHour; i++) await book(customer.token)
    const [oldest] = await bookingsOf(customer.id)
    const retryAt = new Date(Date.parse(oldest.createdAt) + HOUR_MS)
    const asked = new Date()
    const res = await book(customer.token)
    const error = res.body.errors[0]
    expect([res.status, error.message, error.data?.retryAt]).toEqual([
      429,
      `You have created 3 bookings in the last hour, the most we accept; try again after ${renderSentence(retryTimeLabel({ instant: retryAt, now: asked }), 'en')} or contact us.`,
      retryAt.toISOString(),
    ])
  })

  it('should send Retry-After with the seconds until a slot frees up', async () => {
    const customer = await newCustomer()
    for (let i = 0; i < limits.bookingsPerHour; i++) await book(customer.token)
    const res = await book(customer.token)
    const seconds = Number(res.headers.get('retry-after'))
    expect([seconds, seconds > 0 && seconds <= HOUR_MS / 1000]).toEqual([
      res.body.errors[0].data?.retryAfterSeconds,
      true,
    ])
  })

  it('should create nothing for a refused booking', async () => {
    const customer = await newCustomer()
    for (let i = 0; i < limits.bookingsPerHour; i++) await book(customer.token)
    await book(customer.token)
    expect((await bookingsOf(customer.id)).length).toBe(limits.bookingsPerHour)
  })

  it("should let an admin book beyond the limits on a customer's behalf", async () => {
    const customer = await newCustomer()
    const statuses: number[] = []
    for (let i = 0; i <= limits.bookingsPerDay; i++) {
      statuses.push((await book(tokens.admin, { customer: customer.id })).status)
    }
    expect(statuses).toEqual(Array.from({ length: limits.bookingsPerDay + 1 }, () => 201))
  })

  it('should let exactly the hourly limit through when requests race', async () => {
    const customer = await newCustomer()
    const results = await Promise.all(
      Array.from({ length: limits.bookingsPerHour * 2 }, () => book(customer.token)),
    )
    const statuses = results.map((r) => r.status).sort()
    expect([statuses, (await bookingsOf(customer.id)).length]).toEqual([
      [201, 201, 201, 429, 429, 429],
      limits.bookingsPerHour,
    ])
  })
})

describe('deliveries per booking', () => {
  const takes = (seconds: number) => ({
    data: wavFile(seconds),
    name: 'take.wav',
    type: 'audio/wav',
  })

  it('should refuse a delivery beyond the per-booking count with 429 and store no file', async () => {
    const customer = await newCustomer()
    const booking = await steps.inProduction({ customer: customer.token, artist: tokens.artist })
    for (let i = 0; i < limits.deliveriesPerBooking; i++) {
      await steps.deliver(tokens.artist, booking.id, takes(1))
    }
    const filesBefore = await storedDeliveryFiles()
    const res = await steps.deliver(tokens.artist, booking.id, takes(1))
    expect([
      res.status,
      (res.body as unknown as Refusal).errors[0].message,
      res.headers.get('retry-after'),
      await storedDeliveryFiles(),
    ]).toEqual([
      429,
      'This booking already has 2 deliveries, the most we accept for one booking; contact us if it needs more.',
      null,
      filesBefore,
    ])
  })

  it('should refuse a delivery that takes the booking over its size limit with 429 and store no file', async () => {
    const customer = await newCustomer()
    const booking = await steps.inProduction({ customer: customer.token, artist: tokens.artist })
    await steps.deliver(tokens.artist, booking.id, takes(1))
    const filesBefore = await storedDeliveryFiles()
    const res = await steps.deliver(tokens.artist, booking.id, takes(2))
    expect([
      res.status,
      (res.body as unknown as Refusal).errors[0].data?.quota,
      await storedDeliveryFiles(),
      (
        await ctx.payload.count({
          collection: slugs.deliverables,
          where: { booking: { equals: booking.id } },
        })
      ).totalDocs,
    ]).toEqual([429, 'deliveryBytesPerBooking', filesBefore, 1])
  })

  it('should not use up a version number with a refused delivery', async () => {
    const customer = await newCustomer()
    const booking = await steps.inProduction({ customer: customer.token, artist: tokens.artist })
    await steps.deliver(tokens.artist, booking.id, takes(1))
    await steps.deliver(tokens.artist, booking.id, takes(2))
    const stored = await ctx.payload.findByID({ collection: slugs.bookings, id: booking.id })
    expect(stored.deliveryCount).toBe(1)
  })

  it('should let exactly the per-booking count through when deliveries race', async () => {
    const customer = await newCustomer()
    const booking = await steps.inProduction({ customer: customer.token, artist: tokens.artist })
    const results = await Promise.all(
      Array.from({ length: limits.deliveriesPerBooking * 2 }, () =>
        steps.deliver(tokens.artist, booking.id, takes(1)),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 429, 429])
  })

  it('should let an admin deliver beyond the per-booking limits', async () => {
    const customer = await newCustomer()
    const booking = await steps.inProduction({ customer: customer.token, artist: tokens.artist })
    for (let i = 0; i < limits.deliveriesPerBooking; i++) {
      await steps.deliver(tokens.artist, booking.id, takes(1))
    }
    const res = await steps.deliver(tokens.admin, booking.id, takes(2))
    expect(res.status).toBe(201)
  })
})
