import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { startSmtp } from '../helpers/smtp'
import { createUser, createVoiceover, DUTCH_BUSINESS_BILLING, PASSWORD } from '../helpers/scenario'

type Errors = { errors: { message: string; data?: { key?: string; missing?: string[] } }[] }
type Pair = { creditNote: Doc; invoice: Doc }

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
let smtp: Awaited<ReturnType<typeof startSmtp>>
const tokens: Record<string, string> = {}
let voiceoverId = 0

beforeAll(async () => {
  smtp = await startSmtp()
  ctx = await bootPayload({ SMTP_URL: smtp.url() })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const admin = await createUser({ payload, role: 'admin' })
  const artist = await createUser({ payload, role: 'voiceover' })
  tokens.admin = await api.login(admin.email, PASSWORD)
  tokens.artist = await api.login(artist.email, PASSWORD)
  voiceoverId = (await createVoiceover({ payload, user: artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.stop()
})

/** A customer of their own, logged in; `billing: null` for one who never filled in billing. */
const customer = async (billing?: Parameters<typeof createUser>[0]['billing']) => {
  const user = await createUser({ payload: ctx.payload, role: 'customer', billing })
  return { id: user.id, email: user.email, token: await api.login(user.email, PASSWORD) }
}

const bookingBody = (extra: Record<string, unknown> = {}) => ({
  voiceover: voiceoverId,
  projectTitle: 'Billing check',
  projectType: 'commercial',
  termsAccepted: true,
  ...extra,
})

const invoicesOf = async (bookingId: number) =>
  (
    await ctx.payload.find({
      collection: slugs.invoices,
      where: { booking: { equals: bookingId } },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs

/** A booking of the customer, approved and invoiced (the completion job has run). */
const invoiced = async (token: string) => {
  const { booking, delivery } = await steps.inReview({ customer: token, artist: tokens.artist })
  await steps.decide(token, delivery.id, 'approved')
  await drainJobs(ctx.payload)
  const [invoice] = await invoicesOf(booking.id)
  return { booking, invoice }
}

const correction = {
  customerType: 'business',
  company: 'Klang GmbH',
  name: 'Jonas Klang',
  address: 'Hauptstr. 1\n10115 Berlin',
  country: 'DE',
  // Check digit 8: ISO 7064 MOD 11,10 over 12345678.
  vatId: 'DE 123 456 788',
}

const correct = (token: string, invoiceId: number, body: Record<string, unknown> = correction) =>
  api.post<Pair & Errors>(`/invoices/${invoiceId}/correct`, { token, json: body })

describe('billing before binding (POST /api/bookings)', () => {
  it('should refuse a customer without billing details with 422, naming what is missing and where', async () => {
    const { token } = await customer(null)
    const res = await api.post<Errors>('/bookings', { token, json: bookingBody() })
    expect({
      status: res.status,
      key: res.body.errors[0]?.data?.key,
      missing: res.body.errors[0]?.data?.missing,
      message: res.body.errors[0]?.message,
    }).toEqual({
      status: 422,
      key: 'billing.incomplete',
      missing: ['company', 'address', 'country'],
      message:
        "The invoice needs your billing details first: please add your company name, address and country. You can do this in the booking form's review step or on your Billing and email settings page (/account/billing).",
    })
  })

  it('should say it in Dutch to a customer who reads Dutch', async () => {
    const dutch = await createUser({
      payload: ctx.payload,
      role: 'customer',
      locale: 'nl',
      billing: null,
    })
    const token = await api.login(dutch.email, PASSWORD)
    const res = await api.post<Errors>('/bookings', {
      token,
      json: bookingBody(),
      headers: { 'accept-language': 'nl' },
    })
    expect(res.body.errors[0]?.message).toBe(
      'Voor de factuur hebben we eerst je factuurgegevens nodig: vul je bedrijfsnaam, adres en land in. Dat kan in de controlestap van het boekingsformulier of op je pagina Factuur- en e-mailinstellingen (/account/billing).',
    )
  })

  it('should ask a German business for its VAT ID', async () => {
    const { token } = await customer({ ...DUTCH_BUSINESS_BILLING, country: 'DE' })
    const res = await api.post<Errors>('/bookings', { token, json: bookingBody() })
    expect([res.status, res.body.errors[0]?.data?.missing]).toEqual([422, ['vatId']])
  })

  it('should refuse an admin booking for a customer without billing, with the admin sentence', async () => {
    const { id } = await customer(null)
    const res = await api.post<Errors>('/bookings', {
      token: tokens.admin,
      json: bookingBody({ customer: id }),
    })
    expect([res.status, res.body.errors[0]?.data?.key]).toEqual([422, 'billing.customerIncomplete'])
  })

  it('should create no booking when refused', async () => {
    const { id, token } = await customer(null)
    await api.post('/bookings', { token, json: bookingBody() })
    const count = await ctx.payload.count({
      collection: slugs.bookings,
      where: { customer: { equals: id } },
    })
    expect(count.totalDocs).toBe(0)
  })

  it('should keep a snapshot of the billing details, whatever the request said about it', async () => {
    const { token, email } = await customer({
      customerType: 'consumer',
      address: 'Dorpsstraat 1\n1234 AB Ergens',
      country: 'nl',
    })
    const res = await api.post<{ doc: Doc }>('/bookings', {
      token,
      json: bookingBody({ billingSnapshot: { company: 'Forged Ltd', country: 'US' } }),
    })
    const stored = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: res.body.doc.id,
      depth: 0,
    })
    expect([res.status, stored.billingSnapshot]).toEqual([
      201,
      {
        customerType: 'consumer',
        company: null,
        name: expect.stringMatching(/^customer /),
        address: 'Dorpsstraat 1\n1234 AB Ergens',
        country: 'NL',
        vatId: null,
        email,
      },
    ])
  })

  it('should show the snapshot to the customer and admins under billingSnapshot, never to the artist', async () => {
    const { token } = await customer()
    const booking = await steps.book(token)
    const read = async (as: string) =>
      (await api.get<Doc>(`/bookings/${booking.id}`, { token: as })).body.billingSnapshot
    expect({
      customer: await read(token),
      admin: await read(tokens.admin),
      artist: await read(tokens.artist),
    }).toEqual({
      customer: expect.objectContaining({ company: 'Test Studio B.V.', country: 'NL' }),
      admin: expect.objectContaining({ company: 'Test Studio B.V.', country: 'NL' }),
      artist: undefined,
    })
  })

  it('should not let a customer change the snapshot afterwards', async () => {
    const { token } = await customer()
    const booking = await steps.book(token)
    await api.patch(`/bookings/${booking.id}`, {
      token,
      json: { billingSnapshot: { company: 'Someone else' } },
    })
    const stored = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: booking.id,
      depth: 0,
    })
    expect(stored.billingSnapshot?.company).toBe('Test Studio B.V.')
  })
})

describe('the invoice uses the snapshot', () => {
  it('should invoice the details of the booking even after the account changed them', async () => {
    const { id, token } = await customer()
    const { booking, delivery } = await steps.inReview({ customer: token, artist: tokens.artist })
    await ctx.payload.update({
      collection: slugs.users,
      id,
      data: { billing: { company: 'Renamed Later B.V.', address: 'Elders 9', country: 'BE' } },
    })
    await steps.decide(token, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const [invoice] = await invoicesOf(booking.id)
    expect([invoice?.buyer?.name, invoice?.buyer?.address, invoice?.buyer?.country]).toEqual([
      'Test Studio B.V.',
      'Damrak 1\n1012 LG Amsterdam',
      'NL',
    ])
  })
})

describe('correcting an issued invoice (POST /api/invoices/:id/correct)', () => {
  it('should reverse the invoice with a credit note and issue a new one to the corrected details', async () => {
    const { token } = await customer()
    const { booking, invoice } = await invoiced(token)
    const res = await correct(tokens.admin, invoice.id)
    const docs = await invoicesOf(booking.id)
    const stored = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: booking.id,
      depth: 0,
    })
    expect({
      status: res.status,
      kinds: docs.map((d) => [d.kind, d.correction]),
      creditFor: docs[1]?.creditFor,
      creditTotal: docs[1]?.total,
      replaces: docs[2]?.replaces,
      buyer: docs[2]?.buyer?.name,
      vatId: docs[2]?.buyer?.vatId,
      // A valid German VAT ID turns Dutch VAT into reverse charge on the new invoice.
      vat: [docs[2]?.vatTreatment, docs[2]?.total],
      snapshot: [stored.billingSnapshot?.company, stored.billingSnapshot?.country],
      original: docs[0]?.buyer?.name,
    }).toEqual({
      status: 201,
      kinds: [
        ['invoice', 0],
        ['credit_note', 0],
        ['invoice', 1],
      ],
      creditFor: invoice.id,
      creditTotal: -invoice.total,
      replaces: invoice.id,
      buyer: 'Klang GmbH',
      vatId: 'DE123456788',
      vat: ['reverse_charge', invoice.subtotal],
      snapshot: ['Klang GmbH', 'DE'],
      original: 'Test Studio B.V.',
    })
  })

  it('should make one pair when the admin clicks twice at once', async () => {
    const { token } = await customer()
    const { booking, invoice } = await invoiced(token)
    const [first, second] = await Promise.all([
      correct(tokens.admin, invoice.id),
      correct(tokens.admin, invoice.id),
    ])
    const docs = await invoicesOf(booking.id)
    expect({
      statuses: [first.status, second.status].sort(),
      sameInvoice: first.body.invoice?.id === second.body.invoice?.id,
      count: docs.length,
    }).toEqual({ statuses: [200, 201], sameInvoice: true, count: 3 })
  })

  it.each(['customer', 'artist'] as const)('should refuse a %s with 403', async (who) => {
    const owner = await customer()
    const { booking, invoice } = await invoiced(owner.token)
    const res = await correct(who === 'customer' ? owner.token : tokens.artist, invoice.id)
    expect([
      res.status,
      res.body.errors[0]?.data?.key,
      (await invoicesOf(booking.id)).length,
    ]).toEqual([403, 'billing.staffOnly', 1])
  })

  it('should refuse corrected details without an address with 422 and change nothing', async () => {
    const { token } = await customer()
    const { booking, invoice } = await invoiced(token)
    const res = await correct(tokens.admin, invoice.id, { ...correction, address: ' ' })
    expect([
      res.status,
      res.body.errors[0]?.data?.missing,
      (await invoicesOf(booking.id)).length,
    ]).toEqual([422, ['address'], 1])
  })

  it('should refuse a VAT ID that fails its check digits with 400, saying what one looks like', async () => {
    const { token } = await customer()
    const { invoice } = await invoiced(token)
    const res = await correct(tokens.admin, invoice.id, { ...correction, vatId: 'DE123456789' })
    expect([res.status, res.body.errors[0]?.message]).toEqual([
      400,
      'This VAT ID is not valid for Germany: check the digits. A VAT ID from Germany looks like DE123456788.',
    ])
  })

  it('should refuse to correct a credit note with 409', async () => {
    const { token } = await customer()
    const { invoice } = await invoiced(token)
    const pair = await correct(tokens.admin, invoice.id)
    const res = await correct(tokens.admin, pair.body.creditNote.id)
    expect([res.status, res.body.errors[0]?.data?.key]).toEqual([
      409,
      'billing.creditNoteNotCorrectable',
    ])
  })

  it('should credit the corrected invoice, not the first, when the booking is cancelled afterwards', async () => {
    const { token } = await customer()
    const { booking, invoice } = await invoiced(token)
    const pair = await correct(tokens.admin, invoice.id)
    await steps.setStatus(tokens.admin, booking.id, 'cancelled', { cancellationReason: 'Refund.' })
    await drainJobs(ctx.payload)
    const docs = await invoicesOf(booking.id)
    expect(docs.map((d) => [d.kind, d.creditFor ?? null])).toEqual([
      ['invoice', null],
      ['credit_note', invoice.id],
      ['invoice', null],
      ['credit_note', pair.body.invoice.id],
    ])
  })

  it('should audit the correction and email the customer the new invoice', async () => {
    const { token, email } = await customer()
    const { booking, invoice } = await invoiced(token)
    const pair = await correct(tokens.admin, invoice.id)
    await drainJobs(ctx.payload)
    const events = await ctx.payload.find({
      collection: slugs.auditEvents,
      where: {
        and: [{ booking: { equals: booking.id } }, { action: { equals: 'invoice.corrected' } }],
      },
      depth: 0,
    })
    const mail = smtp.received.find(
      (m) =>
        m.to.includes(email) &&
        m.subject === `Corrected invoice for Audio journey [${booking.reference as string}]`,
    )
    expect({
      events: events.docs.map((e) => [
        e.actorType,
        (e.details as Record<string, unknown>).newNumber,
      ]),
      linksNewInvoice: mail?.text.includes(
        `/api/invoices/file/${pair.body.invoice.filename as string}`,
      ),
    }).toEqual({
      events: [['user', pair.body.invoice.number]],
      linksNewInvoice: true,
    })
  })
})
