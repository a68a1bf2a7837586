import { PDFParse } from 'pdf-parse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatEuro } from '@/domain/money'
import { autoApproveDueBookings } from '@/jobs/autoApproveDueBookings'
import { slugs } from '@/slugs'

import { pdfFile, wavFile } from '../helpers/files'
import type { Doc, List } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type Role = 'anonymous' | 'customerA' | 'customerB' | 'artist' | 'otherArtist' | 'admin'
const roles: Role[] = ['anonymous', 'customerA', 'customerB', 'artist', 'otherArtist', 'admin']

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
const userIds: Record<string, number> = {}
let voiceoverId = 0
const parties = () => ({ customer: tokens.customerA, artist: tokens.artist })
const token = (role: Role) => (role === 'anonymous' ? undefined : tokens[role])

beforeAll(async () => {
  ctx = await bootPayload({ MAX_DELIVERABLE_MB: '2' })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const users = {
    admin: await createUser({ payload, role: 'admin' }),
    customerA: await createUser({ payload, role: 'customer' }),
    customerB: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover' }),
    otherArtist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(users)) {
    tokens[name] = await api.login(user.email, PASSWORD)
    userIds[name] = user.id
  }
  voiceoverId = (await createVoiceover({ payload, user: users.artist.id })).id
  await createVoiceover({ payload, user: users.otherArtist.id })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const bookingOf = (id: number) => ctx.payload.findByID({ collection: 'bookings', id, depth: 0 })
const invoicesOf = async (bookingId: number) =>
  (
    await ctx.payload.find({
      collection: 'invoices',
      where: { booking: { equals: bookingId } },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs
const pdfText = async (data: ArrayBuffer) => {
  const parser = new PDFParse({ data: new Uint8Array(data) })
  try {
    return (await parser.getText()).text
  } finally {
    await parser.destroy()
  }
}
/** PDF text extraction turns the non-breaking space of "€ 437,50" into a plain one. */
const squashSpaces = (text: string) => text.replace(/\s+/g, ' ')

describe('delivering audio', () => {
  it('should store version 1, move the booking to review and audit it', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliverShown(tokens.artist, booking.id)
    expect(res.status).toBe(201)
    const stored = await bookingOf(booking.id)
    const audit = await ctx.payload.find({
      collection: 'audit-events',
      where: {
        and: [{ booking: { equals: booking.id } }, { action: { equals: 'deliverable.uploaded' } }],
      },
    })
    expect([res.body.doc.version, stored.status, audit.totalDocs]).toEqual([1, 'review', 1])
  })

  it('should number two racing deliveries 1 and 2', async () => {
    const booking = await steps.inProduction(parties())
    const results = await Promise.all([
      steps.deliver(tokens.artist, booking.id),
      steps.deliver(tokens.artist, booking.id),
    ])
    expect(results.map((r) => r.status)).toEqual([201, 201])
    expect(results.map((r) => r.body.doc.version).sort()).toEqual([1, 2])
  })

  it.each([
    ['a PDF renamed to .wav', async () => pdfFile(), 'take.wav'],
    ['text renamed to .mp3', async () => Buffer.from('not audio at all '.repeat(50)), 'take.mp3'],
  ])('should refuse %s and store nothing', async (_label, make, name) => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, { data: await make(), name })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const count = await ctx.payload.count({
      collection: 'deliverables',
      where: { booking: { equals: booking.id } },
    })
    expect([count.totalDocs, (await bookingOf(booking.id)).status]).toEqual([0, 'in_production'])
  })

  it('should refuse an oversize master with 413 and store nothing', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, {
      data: Buffer.concat([wavFile(1), Buffer.alloc(3 * 1024 * 1024, 1)]),
      name: 'master.wav',
    })
    const count = await ctx.payload.count({
      collection: 'deliverables',
      where: { booking: { equals: booking.id } },
    })
    expect([res.status, count.totalDocs]).toEqual([413, 0])
  })

  it.each([
    ['the customer', 'customerA', 403],
    ['another artist', 'otherArtist', 404],
  ])('should not accept a delivery from %s', async (_label, role, status) => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens[role], booking.id)
    expect(res.status).toBe(status)
  })

  it('should refuse a delivery before production started (409)', async () => {
    const booking = await steps.book(tokens.customerA)
    await steps.uploadScript(tokens.customerA, booking.id)
    const res = await steps.deliver(tokens.artist, booking.id)
    expect(res.status).toBe(409)
  })
})

describe('reviewing a delivery', () => {
  it('should require notes for a revision request', async () => {
    const { delivery } = await steps.inReview(parties())
    const res = await steps.decide(tokens.customerA, delivery.id, 'revision_requested')
    expect(res.status).toBe(400)
  })

  it('should send the booking back to production on a revision, and flag the third round billable', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const flags: boolean[] = []
    let current = delivery
    for (let round = 1; round <= 3; round++) {
      const res = await steps.decide(
        tokens.customerA,
        current.id,
        'revision_requested',
        `Round ${round}: slower.`,
      )
      expect(res.status).toBe(200)
      expect((await bookingOf(booking.id)).status).toBe('in_production')
      flags.push(Boolean(res.body.doc.billableRevision))
      current = (await steps.deliverShown(tokens.artist, booking.id)).body.doc
    }
    const stored = await bookingOf(booking.id)
    expect([flags, stored.revisionRounds, stored.billableRevisions, current.version]).toEqual([
      [false, false, true],
      3,
      1,
      4,
    ])
  })

  it('should refuse a decision on an older version', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await steps.decide(tokens.customerA, delivery.id, 'revision_requested', 'Brighter, please.')
    await steps.deliverShown(tokens.artist, booking.id)
    const res = await steps.decide(tokens.customerA, delivery.id, 'approved')
    expect(res.status).toBe(409)
  })

  it('should not let the artist or another customer decide', async () => {
    const { delivery } = await steps.inReview(parties())
    const artist = await steps.decide(tokens.artist, delivery.id, 'approved')
    const other = await steps.decide(tokens.customerB, delivery.id, 'approved')
    expect([artist.status, other.status]).toEqual([403, 403])
  })

  it('should complete the booking on approval and issue exactly one invoice for ten racing approvals', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const results = await Promise.all(
      Array.from({ length: 10 }, () => steps.decide(tokens.customerA, delivery.id, 'approved')),
    )
    await drainJobs(ctx.payload)
    const codes = results.map((r) => r.status)
    const invoices = await invoicesOf(booking.id)
    expect([
      codes.filter((c) => c === 200).length,
      codes.filter((c) => c === 409).length,
      (await bookingOf(booking.id)).status,
      invoices.length,
    ]).toEqual([1, 9, 'completed', 1])
  })

  it('should auto-approve a delivery left in review past the limit, as the system', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const early = await autoApproveDueBookings({
      payload: ctx.payload,
      now: new Date(Date.now() + 6 * 86_400_000),
    })
    const late = await autoApproveDueBookings({
      payload: ctx.payload,
      now: new Date(Date.now() + 7 * 86_400_000 + 60_000),
    })
    const stored = await ctx.payload.findByID({
      collection: 'deliverables',
      id: delivery.id,
      depth: 0,
    })
    const audit = await ctx.payload.find({
      collection: 'audit-events',
      where: {
        and: [{ booking: { equals: booking.id } }, { action: { equals: 'deliverable.decided' } }],
      },
    })
    expect([
      early.includes(booking.id),
      late.includes(booking.id),
      stored.decision,
      stored.autoApproved,
      (await bookingOf(booking.id)).status,
      audit.docs[0]?.actorType,
    ]).toEqual([false, true, 'approved', true, 'completed', 'system'])
  })
})

describe('streaming and downloading deliveries', () => {
  let delivery: Doc
  let booking: Doc
  beforeAll(async () => {
    ;({ booking, delivery } = await steps.inReview(parties()))
  })

  it('should answer a Range request with 206 and just those bytes, privately', async () => {
    const res = await api.get(`/deliverables/file/${delivery.filename as string}`, {
      token: tokens.customerA,
      headers: { range: 'bytes=100-199' },
    })
    expect([
      res.status,
      res.raw.byteLength,
      res.headers.get('cache-control'),
      res.headers.get('x-content-type-options'),
    ]).toEqual([206, 100, 'private, no-store', 'nosniff'])
  })

  const downloadRows = async (actor: number) =>
    (
      await ctx.payload.find({
        collection: 'audit-events',
        where: {
          and: [
            { booking: { equals: booking.id } },
            { action: { equals: 'deliverable.downloaded' } },
            { actor: { equals: actor } },
          ],
        },
      })
    ).totalDocs

  it('should audit a person’s downloads of a file once a day, not every seek', async () => {
    const url = `/deliverables/file/${delivery.filename as string}`
    await api.get(url, { token: tokens.admin })
    await api.get(url, { token: tokens.admin, headers: { range: 'bytes=0-' } })
    await api.get(url, { token: tokens.admin, headers: { range: 'bytes=5000-' } })
    expect(await downloadRows(userIds.admin)).toBe(1)
  })

  it('should audit a download that skips the first byte', async () => {
    const fresh = await steps.inReview(parties())
    const url = `/deliverables/file/${fresh.delivery.filename as string}`
    const res = await api.get(url, { token: tokens.customerA, headers: { range: 'bytes=1-' } })
    const rows = await ctx.payload.count({
      collection: 'audit-events',
      where: {
        and: [
          { booking: { equals: fresh.booking.id } },
          { action: { equals: 'deliverable.downloaded' } },
          { actor: { equals: userIds.customerA } },
        ],
      },
    })
    expect([res.status, rows.totalDocs]).toEqual([206, 1])
  })

  it('should write one audit row for racing downloads by one person', async () => {
    const url = `/deliverables/file/${delivery.filename as string}`
    await Promise.all(
      Array.from({ length: 5 }, () =>
        api.get(url, { token: tokens.artist, headers: { range: 'bytes=0-9' } }),
      ),
    )
    expect(await downloadRows(userIds.artist)).toBe(1)
  })
})

describe('invoices', () => {
  // Invoices are written in the customer's language: these customers read Dutch, the agency's
  // default (the scenario builders make English accounts unless told otherwise).
  const setCustomerLocale = (locale: 'nl' | 'en') =>
    ctx.payload.update({ collection: slugs.users, id: userIds.customerA, data: { locale } })
  beforeAll(() => setCustomerLocale('nl'))
  afterAll(() => setCustomerLocale('en'))

  it('should issue a Dutch invoice with 21% VAT, a readable PDF and a 14-day term', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await steps.decide(tokens.customerA, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const [invoice] = await invoicesOf(booking.id)
    const pdf = await api.get(`/invoices/file/${invoice.filename as string}`, {
      token: tokens.customerA,
    })
    const text = await pdfText(pdf.raw)
    const days = (Date.parse(invoice.dueDate) - Date.parse(invoice.issueDate)) / 86_400_000
    expect({
      number: /^14V-\d{4}-\d{4}$/.test(invoice.number),
      vat: invoice.vatAmount,
      total: invoice.total,
      days,
      pdfHasNumber: text.includes(invoice.number),
      language: invoice.language,
      pdfDutch: text.includes('FACTUUR') && text.includes('Factuur aan'),
      pdfHasTotal: squashSpaces(text).includes(squashSpaces(formatEuro(invoice.total, 'nl'))),
      status: pdf.status,
      disposition: pdf.headers.get('content-disposition')?.startsWith('attachment'),
      cache: pdf.headers.get('cache-control'),
    }).toEqual({
      number: true,
      vat: Math.round(invoice.subtotal * 0.21),
      total: invoice.subtotal + Math.round(invoice.subtotal * 0.21),
      days: 14,
      pdfHasNumber: true,
      language: 'nl',
      pdfDutch: true,
      pdfHasTotal: true,
      status: 200,
      disposition: true,
      cache: 'private, no-store',
    })
  })

  it('should reverse-charge a German business with a valid VAT ID', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer', locale: 'nl' })
    await ctx.payload.update({
      collection: 'users',
      id: customer.id,
      data: {
        billing: {
          company: 'Klang GmbH',
          customerType: 'business',
          country: 'DE',
          // Check digit 8: ISO 7064 MOD 11,10 over 12345678.
          vatId: 'DE123456788',
          address: 'Hauptstr. 1\n10115 Berlin',
        },
      },
    })
    const customerToken = await api.login(customer.email, PASSWORD)
    const { booking, delivery } = await steps.inReview({
      customer: customerToken,
      artist: tokens.artist,
    })
    await steps.decide(customerToken, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const [invoice] = await invoicesOf(booking.id)
    const pdf = await api.get(`/invoices/file/${invoice.filename as string}`, {
      token: customerToken,
    })
    const text = await pdfText(pdf.raw)
    expect([
      invoice.vatTreatment,
      invoice.vatAmount,
      invoice.total === invoice.subtotal,
      text.includes('Btw verlegd'),
      invoice.buyer?.name,
    ]).toEqual(['reverse_charge', 0, true, true, 'Klang GmbH'])
  })

  it('should issue an English invoice to a customer who reads English, and keep it English', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer' })
    await ctx.payload.update({ collection: 'users', id: customer.id, data: { locale: 'en' } })
    const customerToken = await api.login(customer.email, PASSWORD)
    const { booking, delivery } = await steps.inReview({
      customer: customerToken,
      artist: tokens.artist,
    })
    await steps.decide(customerToken, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    // The customer switches to Dutch afterwards: the issued invoice and its credit note stay English.
    await ctx.payload.update({ collection: 'users', id: customer.id, data: { locale: 'nl' } })
    await steps.setStatus(tokens.admin, booking.id, 'cancelled', {
      cancellationReason: 'Agreed refund.',
    })
    await drainJobs(ctx.payload)
    const [invoice, credit] = await invoicesOf(booking.id)
    const texts = await Promise.all(
      [invoice, credit].map(async (doc) =>
        pdfText(
          (await api.get(`/invoices/file/${doc.filename as string}`, { token: customerToken })).raw,
        ),
      ),
    )
    expect({
      languages: [invoice.language, credit.language],
      invoiceEnglish: texts[0].includes('INVOICE') && texts[0].includes('Bill to'),
      invoiceTotal: texts[0].includes(formatEuro(invoice.total, 'en')),
      firstLine: invoice.lines?.[0]?.description,
      creditEnglish: texts[1].includes('CREDIT NOTE'),
    }).toEqual({
      languages: ['en', 'en'],
      invoiceEnglish: true,
      invoiceTotal: true,
      firstLine: 'Voice-over fee',
      creditEnglish: true,
    })
  })

  it('should add billable revision rounds to the invoice', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    let current = delivery
    for (let round = 1; round <= 3; round++) {
      await steps.decide(tokens.customerA, current.id, 'revision_requested', `Round ${round}`)
      current = (await steps.deliverShown(tokens.artist, booking.id)).body.doc
    }
    await steps.decide(tokens.customerA, current.id, 'approved')
    await drainJobs(ctx.payload)
    const [invoice] = await invoicesOf(booking.id)
    const revisionLine = invoice.lines?.find((l) => l.description === 'Betaalde revisieronde')
    expect([revisionLine?.quantity, revisionLine?.amountCents]).toEqual([1, 7500])
  })

  it('should number fifty invoices issued in parallel 1..50 with no gap or duplicate', async () => {
    const bookings: number[] = []
    for (let i = 0; i < 50; i++) {
      const booking = await steps.book(tokens.customerB)
      // Straight to completed at the adapter level: this test is about numbering, not the workflow.
      await ctx.payload.db.updateOne({
        collection: 'bookings',
        id: booking.id,
        data: { status: 'completed' },
      })
      bookings.push(booking.id)
    }
    const before = await ctx.payload.count({
      collection: 'invoices',
      where: { kind: { equals: 'invoice' } },
    })
    const results = await Promise.all(
      bookings.map((id) =>
        api.post<{ doc: Doc }>('/invoices/issue', { token: tokens.admin, json: { booking: id } }),
      ),
    )
    const all = await ctx.payload.find({
      collection: 'invoices',
      where: { kind: { equals: 'invoice' } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const sequences = all.docs.map((d) => Number(d.number.split('-').pop())).sort((a, b) => a - b)
    expect(results.every((r) => r.status === 201)).toBe(true)
    expect(sequences).toEqual(Array.from({ length: before.totalDocs + 50 }, (_, i) => i + 1))
  })

  it('should not issue a second invoice for the same booking, nor one for an unfinished booking', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const early = await api.post('/invoices/issue', {
      token: tokens.admin,
      json: { booking: booking.id },
    })
    await steps.decide(tokens.customerA, delivery.id, 'approved')
    const [first, second] = await Promise.all([
      api.post<{ doc: Doc }>('/invoices/issue', {
        token: tokens.admin,
        json: { booking: booking.id },
      }),
      api.post<{ doc: Doc }>('/invoices/issue', {
        token: tokens.admin,
        json: { booking: booking.id },
      }),
    ])
    await drainJobs(ctx.payload)
    expect([
      early.status,
      [first.status, second.status].sort(),
      first.body.doc.id === second.body.doc.id,
      (await invoicesOf(booking.id)).length,
    ]).toEqual([409, [200, 201], true, 1])
  })

  it('should reverse an issued invoice with a credit note when an admin cancels the booking', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await steps.decide(tokens.customerA, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const cancelled = await steps.setStatus(tokens.admin, booking.id, 'cancelled', {
      cancellationReason: 'Customer disputed the recording; agreed full refund.',
    })
    await drainJobs(ctx.payload)
    const [invoice, credit] = await invoicesOf(booking.id)
    const pdf = await api.get(`/invoices/file/${credit.filename as string}`, {
      token: tokens.customerA,
    })
    const text = await pdfText(pdf.raw)
    expect({
      status: cancelled.status,
      kind: credit.kind,
      creditFor: credit.creditFor,
      number: /^14V-CN-\d{4}-\d{4}$/.test(credit.number),
      total: credit.total,
      vat: credit.vatAmount,
      refersToOriginal: text.includes(invoice.number),
    }).toEqual({
      status: 200,
      kind: 'credit_note',
      creditFor: invoice.id,
      number: true,
      total: -invoice.total,
      vat: -invoice.vatAmount,
      refersToOriginal: true,
    })
  })

  it('should refuse every change to an issued invoice, even an admin’s', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    await steps.decide(tokens.customerA, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const [invoice] = await invoicesOf(booking.id)
    const patch = await api.patch(`/invoices/${invoice.id}`, {
      token: tokens.admin,
      json: { total: 1 },
    })
    const del = await api.delete(`/invoices/${invoice.id}`, { token: tokens.admin })
    const create = await api.post('/invoices', {
      token: tokens.admin,
      json: { booking: booking.id, number: 'X-1', total: 1 },
    })
    let localUpdate = 'allowed'
    await ctx.payload
      .update({ collection: 'invoices', id: invoice.id, data: { total: 1 }, overrideAccess: true })
      .catch(() => {
        localUpdate = 'refused'
      })
    const stored = await ctx.payload.findByID({ collection: 'invoices', id: invoice.id, depth: 0 })
    expect([patch.status, del.status, create.status, localUpdate, stored.total]).toEqual([
      403,
      403,
      403,
      'refused',
      invoice.total,
    ])
  })

  it('should let only admins issue by hand', async () => {
    const res = await Promise.all(
      (['customerA', 'artist'] as const).map((r) =>
        api.post('/invoices/issue', { token: tokens[r], json: { booking: 1 } }),
      ),
    )
    const anonymous = await api.post('/invoices/issue', { json: { booking: 1 } })
    expect([...res.map((r) => r.status), anonymous.status]).toEqual([403, 403, 403])
  })
})

describe('access control table: deliverables and invoices', () => {
  let booking: Doc
  let delivery: Doc
  let invoice: { id: number; filename?: string | null }

  beforeAll(async () => {
    ;({ booking, delivery } = await steps.inReview(parties()))
    await steps.decide(tokens.customerA, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    invoice = (await invoicesOf(booking.id))[0]
  })

  const expected: Record<
    'deliverables' | 'invoices',
    Record<Role, { one: number; listed: boolean; file: number }>
  > = {
    deliverables: {
      anonymous: { one: 403, listed: false, file: 403 },
      customerA: { one: 200, listed: true, file: 200 },
      customerB: { one: 404, listed: false, file: 403 },
      artist: { one: 200, listed: true, file: 200 },
      otherArtist: { one: 404, listed: false, file: 403 },
      admin: { one: 200, listed: true, file: 200 },
    },
    invoices: {
      anonymous: { one: 403, listed: false, file: 403 },
      customerA: { one: 200, listed: true, file: 200 },
      customerB: { one: 404, listed: false, file: 403 },
      artist: { one: 403, listed: false, file: 403 },
      otherArtist: { one: 403, listed: false, file: 403 },
      admin: { one: 200, listed: true, file: 200 },
    },
  }

  const cells = roles.flatMap((role) =>
    (['deliverables', 'invoices'] as const).map((collection) => ({ role, collection })),
  )

  it.each(cells)(
    'should answer read-one of $collection for $role as expected',
    async ({ role, collection }) => {
      const id = collection === 'deliverables' ? delivery.id : invoice.id
      const res = await api.get(`/${collection}/${id}`, { token: token(role) })
      expect(res.status).toBe(expected[collection][role].one)
    },
  )

  it.each(cells)(
    'should list $collection of the booking only for those involved ($role), even with limit=0 and a where',
    async ({ role, collection }) => {
      const res = await api.get<List>(
        `/${collection}?limit=0&where[booking][equals]=${booking.id}`,
        {
          token: token(role),
        },
      )
      expect(res.status === 200 && res.body.docs.length > 0).toBe(expected[collection][role].listed)
    },
  )

  it.each(cells)(
    'should answer the $collection file download for $role as expected',
    async ({ role, collection }) => {
      const filename = collection === 'deliverables' ? delivery.filename : invoice.filename
      const res = await api.get(`/${collection}/file/${filename as string}`, { token: token(role) })
      expect(res.status).toBe(expected[collection][role].file)
    },
  )

  // The customer may update their delivery (to decide); fields they don't own are ignored.
  const patchStatus: Record<Role, number> = {
    anonymous: 403,
    customerA: 200,
    customerB: 403,
    artist: 403,
    otherArtist: 403,
    admin: 200,
  }
  it.each(roles)('should not let %s rewrite a delivery’s version or booking', async (role) => {
    const patch = await api.patch(`/deliverables/${delivery.id}`, {
      token: token(role),
      json: { version: 99, booking: 1 },
    })
    const stored = await ctx.payload.findByID({
      collection: 'deliverables',
      id: delivery.id,
      depth: 0,
    })
    expect([patch.status, stored.version, stored.booking]).toEqual([
      patchStatus[role],
      delivery.version,
      booking.id,
    ])
  })

  it.each(roles)('should let only admins delete a delivery (%s)', async (role) => {
    const { delivery: target } = await steps.inReview(parties())
    const res = await api.delete(`/deliverables/${target.id}`, { token: token(role) })
    expect(res.status).toBe(role === 'admin' ? 200 : 403)
  })
})

describe('a change asked for from one status', () => {
  it('should not cancel a booking that an approval completed in the meantime', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    // The admin's page still shows "review" when the customer approves.
    const approved = await steps.decide(tokens.customerA, delivery.id, 'approved')
    const cancel = await steps.setStatus(tokens.admin, booking.id, 'cancelled', {
      cancellationReason: 'The customer did not pay.',
      expectedStatus: 'review',
    })
    expect([
      approved.status,
      cancel.status,
      cancel.body.errors?.[0]?.message,
      (await bookingOf(booking.id)).status,
    ]).toEqual([
      200,
      409,
      'The booking is completed now, no longer review: nothing was changed. Reload the page to see what happened.',
      'completed',
    ])
  })

  it('should apply the change when the booking is still in the status the caller saw', async () => {
    const { booking } = await steps.inReview(parties())
    const cancel = await steps.setStatus(tokens.admin, booking.id, 'cancelled', {
      cancellationReason: 'The customer did not pay.',
      expectedStatus: 'review',
    })
    expect([cancel.status, (await bookingOf(booking.id)).status]).toEqual([200, 'cancelled'])
  })
})
