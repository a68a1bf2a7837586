import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withTransaction } from '@/db/withTransaction'
import { invoiceTotals } from '@/domain/invoice'
import { licencePeriod, reminderAt, renewalFeeCents } from '@/domain/licence'
import type { QuoteLine } from '@/domain/pricing'
import { vatTreatment } from '@/domain/vat'
import type { Booking, Licence } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, DUTCH_BUSINESS_BILLING, PASSWORD } from '../helpers/scenario'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'

const HOUR = 60 * 60 * 1000

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
  ctx = await bootPayload({ SMTP_URL: smtp.url(), STAFF_EMAIL: 'staff@agency.test' })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const created = {
    admin: await createUser({ payload, role: 'admin' }),
    customer: await createUser({ payload, role: 'customer' }),
    otherCustomer: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover' }),
  }
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

const licencesOf = async (bookingId: number): Promise<Licence[]> =>
  (
    await ctx.payload.find({
      collection: slugs.licences,
      where: { booking: { equals: bookingId } },
      depth: 0,
    })
  ).docs

const bookingOf = (id: number): Promise<Booking> =>
  ctx.payload.findByID({ collection: slugs.bookings, id, depth: 0 })

/** A booking the customer approved (so completed), with the usage asked for; returns it and its licence. */
const licensed = async (usage: Record<string, string> = {}) => {
  const { booking, delivery } = await steps.inReview(parties(), {
    usage: { media: 'online', region: 'national', term: '12_months', ...usage },
  })
  const approved = await steps.decide(tokens.customer, delivery.id, 'approved')
  expect(approved.status).toBe(200)
  const [licence] = await licencesOf(booking.id)
  return { booking: await bookingOf(booking.id), licence: licence as Licence }
}

const usageLineOf = (booking: Booking): number =>
  ((booking.quoteBreakdown as { lines: QuoteLine[] }).lines.find((l) => l.kind === 'usage_licence')
    ?.amountCents ?? 0) as number

const sweep = async (now: Date) => {
  const { sweepLicences } = await import('@/jobs/sweepLicences')
  const result = await sweepLicences({ payload: ctx.payload, now })
  await drainJobs(ctx.payload)
  return result
}

/** The customer's licence reminders about `licence` (its booking's page is linked; 12 ≠ 123). */
const remindersFor = (licence: Licence) => {
  const page = new RegExp(`bookings/${String(licence.booking)}(?![0-9])`)
  return smtp
    .to(users.customer.email)
    .filter((m) => m.subject.includes('usage licence') && page.test(m.text))
}

const renew = (licenceId: number, token = tokens.customer) =>
  api.post<{ doc: Doc; licence: Licence; errors?: { message: string }[] }>(
    `/licences/${licenceId}/renew`,
    { token },
  )

describe('the licence a completed booking grants', () => {
  it('should be created when the customer approves, with the booking’s usage, parties and terms', async () => {
    const before = new Date()
    const { booking, licence } = await licensed({ term: '3_months', media: 'radio' })
    expect(licence).toMatchObject({
      customer: users.customer.id,
      artist: users.artist.id,
      voiceover: voiceoverId,
      media: 'radio',
      region: 'national',
      term: '3_months',
      status: 'active',
      usageFeeCents: usageLineOf(booking),
      terms: {
        version: booking.termsAcceptance?.version ?? null,
        aiVoiceCloning: 'prohibited',
      },
    })
    const startsAt = new Date(licence.startsAt)
    expect(startsAt.getTime()).toBeGreaterThanOrEqual(before.getTime())
    expect(licence.endsAt).toBe(licencePeriod({ startsAt, term: '3_months' }).endsAt?.toISOString())
  })

  it('should be created once, however often the completion is replayed', async () => {
    const { booking, licence } = await licensed()
    const { createLicence } = await import('@/collections/Licences/createLicence')
    const req = await createLocalReq({}, ctx.payload)
    const again = await withTransaction(req, () => createLicence({ req, booking }))
    expect(again.id).toBe(licence.id)
    expect(await licencesOf(booking.id)).toHaveLength(1)
  })

  it('should have no end when the usage is perpetual', async () => {
    const { licence } = await licensed({ term: 'perpetual' })
    expect(licence.endsAt).toBeNull()
  })

  it('should not exist for a booking that has not completed', async () => {
    const { booking } = await steps.inReview(parties())
    expect(await licencesOf(booking.id)).toHaveLength(0)
  })
})

describe('reminders and expiry (driven clock)', () => {
  it('should remind the customer 30 and then 7 days before the end, each once', async () => {
    const { licence } = await licensed({ term: '3_months' })
    const endsAt = new Date(licence.endsAt as string)
    const day30 = reminderAt({ endsAt, days: 30 })
    const day7 = reminderAt({ endsAt, days: 7 })

    expect((await sweep(new Date(day30.getTime() - HOUR))).reminded).not.toContainEqual(
      expect.objectContaining({ licence: licence.id }),
    )
    expect(remindersFor(licence)).toHaveLength(0)

    expect((await sweep(day30)).reminded).toContainEqual({ licence: licence.id, days: 30 })
    expect(remindersFor(licence)).toHaveLength(1)
    expect(remindersFor(licence)[0]?.text).toContain('in 30 days')

    // A second sweep the same day queues nothing more.
    expect((await sweep(new Date(day30.getTime() + HOUR))).reminded).not.toContainEqual(
      expect.objectContaining({ licence: licence.id }),
    )
    expect(remindersFor(licence)).toHaveLength(1)

    expect((await sweep(day7)).reminded).toContainEqual({ licence: licence.id, days: 7 })
    expect(remindersFor(licence)).toHaveLength(2)
    expect(remindersFor(licence)[1]?.text).toContain('in 7 days')
  })

  it('should send a reminder once when two workers both queue it', async () => {
    const { licence } = await licensed({ term: '6_months' })
    const day30 = reminderAt({ endsAt: new Date(licence.endsAt as string), days: 30 })
    await sweep(day30)
    // A second worker that read the licence before the first recorded its reminder queues it too.
    await ctx.payload.update({
      collection: slugs.licences,
      id: licence.id,
      data: { reminders: { days30: null } },
    })
    expect((await sweep(day30)).reminded).toContainEqual({ licence: licence.id, days: 30 })
    expect(remindersFor(licence)).toHaveLength(1)
  })

  it('should never remind of, nor expire, a perpetual licence', async () => {
    const { licence } = await licensed({ term: 'perpetual' })
    const result = await sweep(new Date(Date.now() + 50 * 365 * 24 * HOUR))
    expect(result.reminded).not.toContainEqual(expect.objectContaining({ licence: licence.id }))
    expect(result.expired).not.toContain(licence.id)
    expect(remindersFor(licence)).toHaveLength(0)
  })

  it('should mark a lapsed licence expired once its end has passed', async () => {
    const { licence } = await licensed({ term: '3_months' })
    const endsAt = new Date(licence.endsAt as string)
    expect((await sweep(endsAt)).expired).not.toContain(licence.id)
    expect((await sweep(new Date(endsAt.getTime() + 60_000))).expired).toContain(licence.id)
    const stored = await ctx.payload.findByID({ collection: slugs.licences, id: licence.id })
    expect(stored.status).toBe('expired')
    expect((await sweep(new Date(endsAt.getTime() + HOUR))).expired).not.toContain(licence.id)
  })
})

describe('renewal', () => {
  const setRenewalPercent = (renewalPercent: number) =>
    ctx.payload.updateGlobal({ slug: globalSlugs.pricing, data: { renewalPercent } })

  it('should create a completed renewal booking at the renewal rate, invoiced with VAT, and a licence from the old end', async () => {
    await setRenewalPercent(60)
    const { booking, licence } = await licensed({ term: '12_months' })
    const res = await renew(licence.id)
    expect(res.status).toBe(201)
    const fee = renewalFeeCents({ usageFeeCents: usageLineOf(booking), percent: 60 })
    expect(fee).toBeGreaterThan(0)
    expect(res.body.doc).toMatchObject({
      kind: 'renewal',
      renewalOf: licence.id,
      status: 'completed',
      quotedPrice: fee,
      voiceover: voiceoverId,
      customer: users.customer.id,
    })

    const renewed = res.body.licence
    expect(renewed.startsAt).toBe(
      new Date(new Date(licence.endsAt as string).getTime() + 1).toISOString(),
    )
    expect(renewed.endsAt).toBe(
      licencePeriod({
        startsAt: new Date(new Date(licence.endsAt as string).getTime() + 1),
        term: '12_months',
      }).endsAt?.toISOString(),
    )
    expect(renewed.renews).toBe(licence.id)
    const old = await ctx.payload.findByID({
      collection: slugs.licences,
      id: licence.id,
      depth: 0,
    })
    expect(old).toMatchObject({ status: 'renewed', renewedBy: renewed.id })

    await drainJobs(ctx.payload)
    const invoices = await ctx.payload.find({
      collection: slugs.invoices,
      where: { booking: { equals: res.body.doc.id } },
      depth: 0,
    })
    expect(invoices.docs).toHaveLength(1)
    const vat = vatTreatment({
      country: DUTCH_BUSINESS_BILLING.country as string,
      customerType: 'business',
    })
    const totals = invoiceTotals({
      lines: [{ description: 'renewal', amountCents: fee }] as never,
      ratePercent: vat.ratePercent,
    })
    expect(invoices.docs[0]).toMatchObject({
      subtotal: totals.subtotalCents,
      vatAmount: totals.vatCents,
      total: totals.totalCents,
    })
    // Its one line says it renews the licence (the invoice is in the customer's language).
    expect((invoices.docs[0].lines ?? []).map((l) => l.description)).toEqual([
      expect.stringMatching(/^(Usage licence renewal|Verlenging gebruikslicentie) \(/),
    ])
    // The completion emails say it is a renewal (not "thank you for approving version 0").
    const renewedMails = smtp
      .to(users.customer.email)
      .filter((m) => m.subject.startsWith(`Licence renewed: “${booking.projectTitle}”`))
    expect(renewedMails.length).toBeGreaterThanOrEqual(1)
    await setRenewalPercent(100)
  })

  it('should start the renewal of a lapsed licence now', async () => {
    const { licence } = await licensed({ term: '3_months' })
    // An admin's correction puts its end in the past; the sweep marks it expired.
    await ctx.payload.update({
      collection: slugs.licences,
      id: licence.id,
      data: { endsAt: new Date(Date.now() - HOUR).toISOString() },
    })
    expect((await sweep(new Date())).expired).toContain(licence.id)
    const before = new Date()
    const res = await renew(licence.id)
    expect(res.status).toBe(201)
    // The renewal is completed now (real clock): it starts between the request and the answer.
    const startsAt = new Date(res.body.licence.startsAt).getTime()
    expect(startsAt).toBeGreaterThanOrEqual(before.getTime())
    expect(startsAt).toBeLessThanOrEqual(Date.now())
  })

  it('should refuse to renew a perpetual licence with a sentence (409)', async () => {
    const { licence } = await licensed({ term: 'perpetual' })
    const res = await renew(licence.id)
    expect(res.status).toBe(409)
    expect(res.body.errors?.[0]?.message).toContain('perpetual')
  })

  it('should make exactly one renewal of a double click (the second gets 409)', async () => {
    const { licence } = await licensed()
    const answers = await Promise.all([renew(licence.id), renew(licence.id)])
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409])
    const renewals = await ctx.payload.find({
      collection: slugs.bookings,
      where: { renewalOf: { equals: licence.id } },
      depth: 0,
    })
    expect(renewals.totalDocs).toBe(1)
  })

  it('should let an admin renew on the customer’s behalf', async () => {
    const { licence } = await licensed()
    const res = await renew(licence.id, tokens.admin)
    expect(res.status).toBe(201)
    expect(res.body.doc.customer).toBe(users.customer.id)
  })

  it('should refuse the licence’s artist (403) and hide it from another customer (404)', async () => {
    const { licence } = await licensed()
    expect((await renew(licence.id, tokens.artist)).status).toBe(403)
    expect((await renew(licence.id, tokens.otherCustomer)).status).toBe(404)
    expect((await api.post(`/licences/${licence.id}/renew`, {})).status).toBe(401)
  })

  it('should not let anyone set a booking’s kind to renewal through the API', async () => {
    const booking = await steps.book(tokens.customer, { kind: 'renewal' })
    expect(booking.kind).toBe('recording')
  })
})

describe('a completed booking cancelled afterwards (credit note)', () => {
  const licenceById = (id: number) =>
    ctx.payload.findByID({ collection: slugs.licences, id, depth: 0 })
  const cancel = (bookingId: number) =>
    steps.setStatus(tokens.admin, bookingId, 'cancelled', {
      cancellationReason: 'Refunded: the campaign was stopped.',
    })

  it('should withdraw its licence: no reminder, no expiry sweep, and a sentence instead of a renewal', async () => {
    const { booking, licence } = await licensed({ term: '6_months' })
    expect((await cancel(booking.id)).status).toBe(200)
    expect((await licenceById(licence.id)).status).toBe('cancelled')

    const day30 = reminderAt({ endsAt: new Date(licence.endsAt as string), days: 30 })
    await sweep(day30)
    await sweep(new Date(new Date(licence.endsAt as string).getTime() + HOUR))
    expect(remindersFor(licence)).toHaveLength(0)
    expect((await licenceById(licence.id)).status).toBe('cancelled')

    const res = await renew(licence.id)
    expect(res.status).toBe(409)
    expect(res.body.errors?.[0]?.message).toMatch(/cancelled|geannuleerd/)
    const renewals = await ctx.payload.find({
      collection: slugs.bookings,
      where: { renewalOf: { equals: licence.id } },
      depth: 0,
    })
    expect(renewals.totalDocs).toBe(0)
  })

  it('should hand a cancelled renewal’s period back to the licence it renewed, which may be renewed again', async () => {
    const { licence } = await licensed({ term: '12_months' })
    const renewal = await renew(licence.id)
    expect(renewal.status).toBe(201)
    expect((await licenceById(licence.id)).status).toBe('renewed')

    expect((await cancel(renewal.body.doc.id as number)).status).toBe(200)
    expect([
      (await licenceById(renewal.body.licence.id)).status,
      (await licenceById(licence.id)).status,
    ]).toEqual(['cancelled', 'active'])
    expect((await renew(licence.id)).status).toBe(201)
  })
})
