import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseBookingReference } from '@/domain/bookingReference'
import { slugs } from '@/slugs'

import { formWith, pdfFile } from '../helpers/files'
import type { Doc, List } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

let ctx: TestContext
let api: RestClient
let smtp: SmtpStub
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
const users: Record<string, { id: number; email: string }> = {}
let voiceoverId = 0
const parties = () => ({ customer: tokens.customer, artist: tokens.artist })

type Upload = { doc: Doc; errors?: { message: string; data?: { key?: string } }[] }
type ScriptDoc = Doc & { version?: number | null; supersededAt?: string | null; url?: string }

beforeAll(async () => {
  smtp = await startSmtp()
  ctx = await bootPayload({ SMTP_URL: smtp.url() })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const created = {
    customer: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover', locale: 'nl' }),
    otherCustomer: await createUser({ payload, role: 'customer' }),
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

const replaceScript = async (token: string, bookingId: number, text: string) =>
  api.post<Upload>(`/${slugs.scripts}`, {
    token,
    form: formWith(
      { data: await pdfFile(text), name: 'script-v2.pdf', type: 'application/pdf' },
      { booking: String(bookingId) },
    ),
  })

const scriptsAs = (token: string, bookingId: number) =>
  api.get<List<ScriptDoc>>(
    `/${slugs.scripts}?where[booking][equals]=${bookingId}&sort=-createdAt&depth=0`,
    { token },
  )

const eventsOf = async (bookingId: number) =>
  (
    await ctx.payload.find({
      collection: slugs.auditEvents,
      where: { booking: { equals: bookingId } },
      depth: 0,
      limit: 100,
    })
  ).docs

describe('booking references', () => {
  it('should give each new booking a reference of this year', async () => {
    const booking = await steps.book(tokens.customer)
    expect(parseBookingReference(String(booking.reference))?.year).toBe(
      Number(
        new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(
          new Date(),
        ),
      ),
    )
  })

  it('should number bookings one after another, without gaps', async () => {
    const first = await steps.book(tokens.customer)
    const second = await steps.book(tokens.otherCustomer)
    const [a, b] = [first, second].map((d) => parseBookingReference(String(d.reference)))
    expect(b!.sequence - a!.sequence).toBe(1)
  })

  it('should give concurrent bookings distinct references', async () => {
    const booked = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        steps.book(i % 2 ? tokens.customer : tokens.otherCustomer, { projectTitle: `Race ${i}` }),
      ),
    )
    expect(new Set(booked.map((b) => b.reference)).size).toBe(5)
  })

  it('should ignore a reference the customer sends', async () => {
    const booking = await steps.book(tokens.customer, { reference: 'BK-1999-00001' })
    expect(booking.reference).not.toBe('BK-1999-00001')
  })

  it('should refuse a customer changing the reference', async () => {
    const booking = await steps.book(tokens.customer)
    await api.patch(`/${slugs.bookings}/${booking.id}`, {
      token: tokens.customer,
      json: { reference: 'BK-1999-00002' },
    })
    const stored = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: booking.id,
      depth: 0,
    })
    expect(stored.reference).toBe(booking.reference)
  })

  it('should put the reference in the subject of the booking’s emails', async () => {
    const booking = await steps.book(tokens.customer)
    await drainJobs(ctx.payload)
    const mail = smtp.received.find(
      (m) => m.to.includes(users.customer.email) && m.text.includes(`/bookings/${booking.id}`),
    )
    expect(mail?.subject).toContain(`[${booking.reference}]`)
  })
})

describe('replacing the script before production', () => {
  it('should take a replacement while the booking has its script but no recording yet', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    const res = await replaceScript(tokens.customer, booking.id, 'Version two, read it brighter.')
    expect([res.status, res.body.doc?.version]).toEqual([201, 2])
  })

  it('should keep the booking in script_received after a replacement', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await replaceScript(tokens.customer, booking.id, 'Version two.')
    const stored = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: booking.id,
      depth: 0,
    })
    expect(stored.status).toBe('script_received')
  })

  it('should show the artist the latest version as current and the earlier one as superseded', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await replaceScript(tokens.customer, booking.id, 'Version two.')
    const res = await scriptsAs(tokens.artist, booking.id)
    expect(
      res.body.docs.map((s) => ({ version: s.version, superseded: Boolean(s.supersededAt) })),
    ).toEqual([
      { version: 2, superseded: false },
      { version: 1, superseded: true },
    ])
  })

  it('should let the artist download the latest version', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await replaceScript(tokens.customer, booking.id, 'Version two.')
    const [latest] = (await scriptsAs(tokens.artist, booking.id)).body.docs
    const file = await api.get(`/${slugs.scripts}/file/${String(latest.filename)}`, {
      token: tokens.artist,
    })
    expect(file.status).toBe(200)
  })

  it('should audit the replacement as script.replaced with its version', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await replaceScript(tokens.customer, booking.id, 'Version two.')
    const replaced = (await eventsOf(booking.id)).filter((e) => e.action === 'script.replaced')
    expect(replaced.map((e) => (e.details as { version?: number }).version)).toEqual([2])
  })

  it('should email the artist, in Dutch, that the script changed', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await replaceScript(tokens.customer, booking.id, 'Version two.')
    await drainJobs(ctx.payload)
    const mails = smtp.received.filter(
      (m) => m.to.includes(users.artist.email) && m.text.includes(`/bookings/${booking.id}`),
    )
    expect(mails.filter((m) => m.subject.startsWith('Script vervangen:'))).toHaveLength(1)
  })

  it('should refuse a replacement once production has started, with 409 and a sentence', async () => {
    const booking = await steps.inProduction(parties())
    const res = await replaceScript(tokens.customer, booking.id, 'Too late.')
    expect([res.status, res.body.errors?.[0]?.data?.key, res.body.errors?.[0]?.message]).toEqual([
      409,
      'script.alreadyHasScript',
      'Recording has already started (the booking is recording): the script can no longer be replaced. If something must change, write to the agency.',
    ])
  })

  it('should keep a single current script when production started', async () => {
    const booking = await steps.inProduction(parties())
    await replaceScript(tokens.customer, booking.id, 'Too late.')
    const res = await scriptsAs(tokens.artist, booking.id)
    expect(res.body.docs.map((s) => [s.version, s.supersededAt ?? null])).toEqual([[1, null]])
  })

  it('should refuse another customer replacing the script with 404', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    const res = await replaceScript(tokens.otherCustomer, booking.id, 'Not mine.')
    expect(res.status).toBe(404)
  })

  it('should refuse the artist uploading a script with 403', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    const res = await replaceScript(tokens.artist, booking.id, 'Artist edit.')
    expect(res.status).toBe(403)
  })

  it('should number racing replacements distinctly', async () => {
    const booking = await steps.book(tokens.customer)
    await steps.uploadScript(tokens.customer, booking.id)
    await Promise.all([
      replaceScript(tokens.customer, booking.id, 'Race A.'),
      replaceScript(tokens.customer, booking.id, 'Race B.'),
    ])
    const res = await scriptsAs(tokens.customer, booking.id)
    const current = res.body.docs.filter((s) => !s.supersededAt)
    expect([res.body.docs.map((s) => s.version).sort(), current.length]).toEqual([[1, 2, 3], 1])
  })
})
