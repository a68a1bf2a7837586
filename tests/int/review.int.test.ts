import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { formatDateTime } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import { globalSlugs, slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'

let ctx: TestContext
let api: RestClient
let smtp: SmtpStub
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
const users: Record<string, { id: number; email: string }> = {}
let voiceoverId = 0
const parties = () => ({ customer: tokens.customer, artist: tokens.artist })

/** Thu 24 Dec 2026 10:00 CET: the next two working days skip Christmas, Boxing Day and a weekend. */
const CHRISTMAS_EVE = new Date('2026-12-24T09:00:00Z')
/** …so two working days later is Tue 29 Dec 2026 18:00 CET. */
const REVISION_DEADLINE = '2026-12-29T17:00:00.000Z'

beforeAll(async () => {
  smtp = await startSmtp()
  ctx = await bootPayload({ SMTP_URL: smtp.url(), STAFF_EMAIL: 'staff@agency.test' })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const created = {
    customer: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(created)) {
    tokens[name] = await api.login(user.email, PASSWORD)
    users[name] = { id: user.id, email: user.email }
  }
  voiceoverId = (await createVoiceover({ payload, user: created.artist.id })).id
  // One free round, so the second revision is billable.
  await payload.updateGlobal({
    slug: globalSlugs.pricing,
    data: { freeRevisionRounds: 1, revisionFeeCents: 7_500, revisionTurnaroundDays: 2 },
  })
})

afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.stop()
})

const bookingOf = (id: number) => ctx.payload.findByID({ collection: slugs.bookings, id, depth: 0 })
const eventsOf = async (bookingId: number, action: string) =>
  (
    await ctx.payload.find({
      collection: slugs.auditEvents,
      where: { and: [{ booking: { equals: bookingId } }, { action: { equals: action } }] },
      sort: 'createdAt',
      depth: 0,
    })
  ).docs

/**
 * The customer asks for a revision with the clock at `when` (only Date is faked; it keeps ticking),
 * logging in at that moment so the session is valid then.
 */
const requestRevisionAt = async (when: Date, deliverableId: number, notes: string) => {
  vi.useFakeTimers({ toFake: ['Date'], now: when, shouldAdvanceTime: true })
  try {
    const token = await api.login(users.customer.email, PASSWORD)
    return await steps.decide(token, deliverableId, 'revision_requested', notes)
  } finally {
    vi.useRealTimers()
    // Logging in at the faked moment expired the sessions from before it: log in again, now.
    tokens.customer = await api.login(users.customer.email, PASSWORD)
  }
}

describe('a revision request', () => {
  it('should move the deadline to the revision turnaround in working days after the request', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const res = await requestRevisionAt(CHRISTMAS_EVE, delivery.id, 'Slower, please.')
    const stored = await bookingOf(booking.id)
    expect([res.status, stored.status, stored.deadline]).toEqual([
      200,
      'in_production',
      REVISION_DEADLINE,
    ])
  })

  it('should audit the old and the new deadline', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const before = (await bookingOf(booking.id)).deadline
    await requestRevisionAt(CHRISTMAS_EVE, delivery.id, 'Warmer, please.')
    const [decided] = await eventsOf(booking.id, 'deliverable.decided')
    const changes = await eventsOf(booking.id, 'booking.status_changed')
    const backToProduction = changes.find((e) => e.fromStatus === 'review')
    expect({
      decided: decided?.details,
      statusChange: backToProduction?.details,
    }).toEqual({
      decided: expect.objectContaining({
        decision: 'revision_requested',
        revisionRound: 1,
        revisionFeeCents: 0,
        previousDeadline: before,
        deadline: REVISION_DEADLINE,
      }),
      statusChange: { previousDeadline: before, deadline: REVISION_DEADLINE },
    })
  })

  // Emails name the booking by its reference (BK-…) and link its page, which identifies it here.
  it('should tell the artist and the customer the new deadline by email', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const before = (await bookingOf(booking.id)).deadline as string
    await requestRevisionAt(CHRISTMAS_EVE, delivery.id, 'Brighter, please.')
    await drainJobs(ctx.payload)
    const ref = new RegExp(`bookings(/|%2F)${booking.id}(?![0-9A-Za-z])`)
    const mails = smtp.received.filter((m) => ref.test(m.text))
    const toArtist = mails.find(
      (m) => m.to.includes(users.artist.email) && /Revision/.test(m.subject),
    )
    const toCustomer = mails.find(
      (m) => m.to.includes(users.customer.email) && /Revision request received/.test(m.subject),
    )
    const sentence = `The new deadline is ${formatDateTime(REVISION_DEADLINE, { locale: 'en', weekday: true })} (was ${formatDateTime(before, { locale: 'en', weekday: true })}).`
    expect({
      artist: toArtist?.text.includes(sentence),
      customer: toCustomer?.text.includes(sentence),
      customerFree: toCustomer?.text.includes('This revision round is within your free rounds'),
      customerNotes: toCustomer?.text.includes('Brighter, please.'),
    }).toEqual({ artist: true, customer: true, customerFree: true, customerNotes: true })
  })

  it('should keep a later deadline when the turnaround would end sooner', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    // A deadline a year away is later than two working days after the request.
    const later = '2027-11-30T17:00:00.000Z'
    await ctx.payload.db.updateOne({
      collection: slugs.bookings,
      id: booking.id,
      data: { deadline: later },
    })
    await steps.decide(tokens.customer, delivery.id, 'revision_requested', 'Once more.')
    expect((await bookingOf(booking.id)).deadline).toBe(later)
  })
})

describe('a billable revision round', () => {
  /** Two revision rounds (the second billable), then approval of version 3; returns the booking. */
  const twoRoundsThenApprove = async (changeFeeTo?: number) => {
    const { booking, delivery } = await steps.inReview(parties())
    let current: Doc = delivery
    for (const notes of ['Round one.', 'Round two.']) {
      const res = await steps.decide(tokens.customer, current.id, 'revision_requested', notes)
      if (res.status !== 200) throw new Error(`revision failed: ${res.status}`)
      current = (await steps.deliverShown(tokens.artist, booking.id)).body.doc
    }
    if (changeFeeTo !== undefined) {
      await ctx.payload.updateGlobal({
        slug: globalSlugs.pricing,
        data: { revisionFeeCents: changeFeeTo },
      })
    }
    await steps.decide(tokens.customer, current.id, 'approved')
    await drainJobs(ctx.payload)
    return booking
  }
  const invoiceOf = async (bookingId: number) =>
    (
      await ctx.payload.find({
        collection: slugs.invoices,
        where: { and: [{ booking: { equals: bookingId } }, { kind: { equals: 'invoice' } }] },
        depth: 0,
      })
    ).docs[0]

  it('should put the revision fee on the invoice as a line of its own', async () => {
    const booking = await twoRoundsThenApprove()
    const invoice = await invoiceOf(booking.id)
    const stored = await bookingOf(booking.id)
    const revisionLines = (invoice?.lines ?? []).filter((l) => l.unitCents === 7_500)
    expect({
      lines: revisionLines.map((l) => [l.quantity, l.amountCents]),
      subtotal: invoice?.subtotal,
    }).toEqual({
      lines: [[1, 7_500]],
      subtotal: (stored.finalPrice ?? stored.quotedPrice ?? 0) + 7_500,
    })
  })

  it('should charge the fee the customer was shown, even if the fee changes before approval', async () => {
    const booking = await twoRoundsThenApprove(12_000)
    const invoice = await invoiceOf(booking.id)
    const stored = await bookingOf(booking.id)
    await ctx.payload.updateGlobal({ slug: globalSlugs.pricing, data: { revisionFeeCents: 7_500 } })
    expect(invoice?.subtotal).toBe((stored.finalPrice ?? stored.quotedPrice ?? 0) + 7_500)
  })

  it('should tell the customer the round’s fee when confirming the request', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await steps.decide(tokens.customer, delivery.id, 'revision_requested', 'First round.')
    // Sent before the second round's email is queued, so the two arrive in order.
    await drainJobs(ctx.payload)
    const v2 = (await steps.deliverShown(tokens.artist, booking.id)).body.doc
    await steps.decide(tokens.customer, v2.id, 'revision_requested', 'Second round.')
    await drainJobs(ctx.payload)
    const ref = new RegExp(`bookings(/|%2F)${booking.id}(?![0-9A-Za-z])`)
    const confirmations = smtp.received.filter(
      (m) => ref.test(m.text) && /Revision request received/.test(m.subject),
    )
    expect(
      confirmations.map((m) =>
        m.text.includes(`costs ${formatEuro(7_500, 'en')} excl. VAT; it goes on your invoice`),
      ),
    ).toEqual([false, true])
  })
})
