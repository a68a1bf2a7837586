import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

/**
 * Issue 13: a private file link (an email's invoice link, a copied script URL) opened by a browser
 * without access leads to the login page and then to the file's booking; API clients keep their
 * JSON refusal. And files download under human names.
 */

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
let voiceoverId = 0
let booking: Doc
let invoice: { filename: string; number: string }
let scriptUrl = ''

/** What Chromium sends when a person opens a link as a page. */
const NAVIGATION = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'sec-fetch-dest': 'document',
  'sec-fetch-mode': 'navigate',
}

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const customer = await createUser({ payload, role: 'customer' })
  const stranger = await createUser({ payload, role: 'customer' })
  const artist = await createUser({ payload, role: 'voiceover' })
  tokens.customer = await api.login(customer.email, PASSWORD)
  tokens.stranger = await api.login(stranger.email, PASSWORD)
  tokens.artist = await api.login(artist.email, PASSWORD)
  voiceoverId = (await createVoiceover({ payload, user: artist.id })).id
  const parties = { customer: tokens.customer, artist: tokens.artist }
  const review = await steps.inReview(parties, { projectTitle: 'Zomeractie “Łódź” 🎙️' })
  booking = review.booking
  await steps.decide(tokens.customer, review.delivery.id, 'approved')
  await drainJobs(payload)
  const found = await payload.find({
    collection: slugs.invoices,
    where: { booking: { equals: booking.id } },
    depth: 0,
  })
  invoice = found.docs[0] as unknown as { filename: string; number: string }
  const scripts = await payload.find({
    collection: slugs.scripts,
    where: { booking: { equals: booking.id } },
    depth: 0,
  })
  scriptUrl = `/${slugs.scripts}/file/${scripts.docs[0]!.filename}`
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('a refused file link opened in a browser', () => {
  it('should send a logged-out browser to the login page, then the booking, in the link’s language', async () => {
    const res = await api.get(`/${slugs.invoices}/file/${invoice.filename}?lang=nl`, {
      headers: NAVIGATION,
    })
    expect([res.status, res.headers.get('location')]).toEqual([
      303,
      `/nl/login?next=%2Fnl%2Faccount%2Fbookings%2F${booking.id}`,
    ])
  })

  it('should take the language from the site’s cookie when the link names none', async () => {
    const res = await api.get(scriptUrl, {
      headers: { ...NAVIGATION, cookie: 'NEXT_LOCALE=en', 'accept-language': 'nl' },
    })
    expect([res.status, res.headers.get('location')]).toEqual([
      303,
      `/en/login?next=%2Fen%2Faccount%2Fbookings%2F${booking.id}`,
    ])
  })

  it('should send someone logged in with another account to the booking page, which explains', async () => {
    const res = await api.get(scriptUrl, { token: tokens.stranger, headers: NAVIGATION })
    expect([res.status, res.headers.get('location')]).toEqual([
      303,
      `/en/account/bookings/${booking.id}`,
    ])
  })

  it('should send a browser asking for a file that doesn’t exist to the login page, then the bookings list', async () => {
    const res = await api.get(`/${slugs.invoices}/file/14V-1999-0001.pdf?lang=en`, {
      headers: NAVIGATION,
    })
    expect([res.status, res.headers.get('location')]).toEqual([
      303,
      '/en/login?next=%2Fen%2Faccount%2Fbookings',
    ])
  })

  it('should keep the JSON refusal with its sentence for an API client', async () => {
    const res = await api.get<{ errors: { message: string }[] }>(
      `/${slugs.invoices}/file/${invoice.filename}`,
      { headers: { accept: 'application/json' } },
    )
    expect([res.status, res.headers.get('location'), typeof res.body.errors?.[0]?.message]).toEqual(
      [403, null, 'string'],
    )
  })

  it('should keep the refusal for an <audio> element or fetch() without access', async () => {
    const res = await api.get(scriptUrl, {
      token: tokens.stranger,
      headers: { accept: '*/*', 'sec-fetch-dest': 'audio' },
    })
    expect(res.status).toBe(403)
  })

  it('should still serve the file to a browser that may have it', async () => {
    const res = await api.get(`/${slugs.invoices}/file/${invoice.filename}?lang=en`, {
      token: tokens.customer,
      headers: NAVIGATION,
    })
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/pdf'])
  })
})

describe('download names', () => {
  it('should download an invoice as “<invoice number> - <project>.pdf”', async () => {
    const res = await api.get(`/${slugs.invoices}/file/${invoice.filename}`, {
      token: tokens.customer,
    })
    // Ł = C5 81, ó = C3 B3, ź = C5 BA, “ = E2 80 9C, ” = E2 80 9D, 🎙 = F0 9F 8E 99, VS16 = EF B8 8F.
    expect([res.status, res.headers.get('content-disposition')]).toEqual([
      200,
      `attachment; filename="${invoice.number} - Zomeractie _Lodz_ _microphone2_.pdf"; filename*=UTF-8''${invoice.number}%20-%20Zomeractie%20%E2%80%9C%C5%81%C3%B3d%C5%BA%E2%80%9D%20%F0%9F%8E%99%EF%B8%8F.pdf`,
    ])
  })

  it('should download the script as “<project> - script.pdf” for the artist', async () => {
    const res = await api.get(scriptUrl, { token: tokens.artist })
    expect([res.status, res.headers.get('content-disposition')]).toEqual([
      200,
      `attachment; filename="Zomeractie _Lodz_ _microphone2_ - script.pdf"; filename*=UTF-8''Zomeractie%20%E2%80%9C%C5%81%C3%B3d%C5%BA%E2%80%9D%20%F0%9F%8E%99%EF%B8%8F%20-%20script.pdf`,
    ])
  })
})
