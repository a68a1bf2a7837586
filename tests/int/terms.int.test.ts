import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromMarkdown } from '@/seed/richText'
import { slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type Refusal = { errors?: { message: string }[] }
type Acceptance = { version: string | null; language: string | null; acceptedAt: string | null }
type BookingDoc = Doc & { termsAcceptance?: Acceptance }

let ctx: TestContext
let api: RestClient
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}
let voiceoverId = 0

// Different versions per language, so a test can tell which language's terms a booking recorded.
const NL_VERSION = '2026-11-30'
const EN_VERSION = '2026-12-01'

const publishTerms = (language: 'nl' | 'en', version: string) =>
  ctx.payload.create({
    collection: slugs.legalPages,
    data: {
      kind: 'terms',
      language,
      version,
      title: language === 'nl' ? 'Algemene voorwaarden' : 'Terms of service',
      body: richTextFromMarkdown('## 1. Scope\nThese terms apply.'),
      _status: 'published',
    },
  })

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  const { payload } = ctx
  const users = {
    admin: await createUser({ payload, role: 'admin' }),
    // A Dutch account: the terms fall back to the account's language when the request names none.
    customer: await createUser({ payload, role: 'customer', locale: 'nl' }),
    artist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(users)) {
    tokens[name] = await api.login(user.email, PASSWORD)
    ids[name] = user.id
  }
  voiceoverId = (await createVoiceover({ payload, user: users.artist.id })).id
  await publishTerms('nl', NL_VERSION)
  await publishTerms('en', EN_VERSION)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const book = (
  body: Record<string, unknown>,
  { token = tokens.customer, language }: { token?: string; language?: string } = {},
) =>
  api.post<{ doc: BookingDoc } & Refusal>('/bookings', {
    token,
    // No language named: no Accept-Language at all ('' tells the test client to send none).
    headers: { 'accept-language': language ?? '' },
    json: {
      voiceover: voiceoverId,
      projectTitle: 'Terms check',
      projectType: 'commercial',
      ...body,
    },
  })

const sentence = (body: Refusal) => body.errors?.[0]?.message ?? ''

describe('terms of service on booking', () => {
  it('should refuse a booking without termsAccepted with 400 and a sentence', async () => {
    // The account reads Dutch, and a signed-in person's own language wins over Accept-Language.
    const res = await book({}, { language: 'en' })
    expect(res.status).toBe(400)
    expect(sentence(res.body)).toMatch(/^Accepteer de algemene voorwaarden om te boeken/)
  })

  it('should refuse termsAccepted false with 400', async () => {
    const res = await book({ termsAccepted: false })
    expect(res.status).toBe(400)
    expect(sentence(res.body)).toMatch(/^Accepteer de algemene voorwaarden om te boeken/)
  })

  it('should refuse termsAccepted as the string "true" (only the boolean counts)', async () => {
    const res = await book({ termsAccepted: 'true' })
    expect(res.status).toBe(400)
  })

  it('should create no booking when the terms are not accepted', async () => {
    const before = await ctx.payload.count({
      collection: slugs.bookings,
      where: { customer: { equals: ids.customer } },
    })
    await book({ termsAccepted: false })
    const after = await ctx.payload.count({
      collection: slugs.bookings,
      where: { customer: { equals: ids.customer } },
    })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('should record the English terms version for a booking made in English', async () => {
    const res = await book({ termsAccepted: true }, { language: 'en-GB,en;q=0.9' })
    expect(res.status).toBe(201)
    expect(res.body.doc.termsAcceptance).toMatchObject({ version: EN_VERSION, language: 'en' })
  })

  it('should record the Dutch terms version for a booking made in Dutch', async () => {
    const res = await book({ termsAccepted: true }, { language: 'nl' })
    expect(res.status).toBe(201)
    expect(res.body.doc.termsAcceptance).toMatchObject({ version: NL_VERSION, language: 'nl' })
  })

  it('should record the terms in the account language when the request names none', async () => {
    const res = await book({ termsAccepted: true })
    expect(res.status).toBe(201)
    expect(res.body.doc.termsAcceptance).toMatchObject({ version: NL_VERSION, language: 'nl' })
  })

  it('should record the server’s acceptance time, not one the request sends', async () => {
    const sent = Date.now()
    const res = await book({
      termsAccepted: true,
      termsAcceptance: { version: 'forged', language: 'en', acceptedAt: '2000-01-01T00:00:00Z' },
    })
    expect(res.status).toBe(201)
    const acceptance = res.body.doc.termsAcceptance as Acceptance
    expect(acceptance.version).toBe(NL_VERSION)
    expect(new Date(acceptance.acceptedAt as string).getTime()).toBeGreaterThanOrEqual(sent - 1000)
  })

  it('should record the terms acceptance in the booking’s audit event', async () => {
    const res = await book({ termsAccepted: true }, { language: 'en' })
    const { docs } = await ctx.payload.find({
      collection: slugs.auditEvents,
      where: {
        and: [{ booking: { equals: res.body.doc.id } }, { action: { equals: 'booking.created' } }],
      },
    })
    expect(docs).toHaveLength(1)
    expect((docs[0]?.details as { termsAcceptance?: unknown }).termsAcceptance).toEqual(
      res.body.doc.termsAcceptance,
    )
  })

  it('should not let the customer change the recorded acceptance afterwards', async () => {
    const created = await book({ termsAccepted: true })
    await api.patch(`/bookings/${created.body.doc.id}`, {
      token: tokens.customer,
      json: { termsAcceptance: { version: 'changed' } },
    })
    const stored = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: created.body.doc.id,
    })
    expect(stored.termsAcceptance?.version).toBe(NL_VERSION)
  })

  it('should let an admin book on a customer’s behalf without termsAccepted', async () => {
    const res = await book({ customer: ids.customer }, { token: tokens.admin })
    expect(res.status).toBe(201)
    expect(res.body.doc.termsAcceptance?.acceptedAt ?? null).toBeNull()
  })

  it('should keep recording the published version while a new version is a draft', async () => {
    const { docs } = await ctx.payload.find({
      collection: slugs.legalPages,
      where: { and: [{ kind: { equals: 'terms' } }, { language: { equals: 'nl' } }] },
    })
    await ctx.payload.update({
      collection: slugs.legalPages,
      id: docs[0]!.id,
      data: { version: '2027-01-01' },
      draft: true,
    })
    const res = await book({ termsAccepted: true }, { language: 'nl' })
    expect(res.body.doc.termsAcceptance?.version).toBe(NL_VERSION)
  })
})

describe('legal pages', () => {
  it('should refuse a second page of the same kind and language with 409 and a sentence', async () => {
    const res = await api.post<Refusal>('/legal-pages', {
      token: tokens.admin,
      headers: { 'accept-language': 'en' },
      json: {
        kind: 'terms',
        language: 'en',
        version: '2030-01-01',
        title: 'Second terms',
        body: richTextFromMarkdown('Again.'),
        _status: 'published',
      },
    })
    expect(res.status).toBe(409)
    expect(sentence(res.body)).toMatch(/already a terms of service page in this language/)
  })

  it('should serve a published page to anonymous visitors in its language', async () => {
    const res = await api.get<{ docs: { title: string; language: string }[] }>(
      '/legal-pages?where[kind][equals]=terms&where[language][equals]=en',
    )
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d) => d.title)).toEqual(['Terms of service'])
  })
})
