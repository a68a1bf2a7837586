import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import { formWith } from '../helpers/files'
import type { Doc } from '../helpers/journey'
import { journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

const corpus = path.resolve(__dirname, '../fixtures/real-world/scripts')
const corpusFile = (name: string) => fs.readFileSync(path.join(corpus, name))

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
let voiceoverId = 0

type Problem = { errors?: { message: string; data?: { key?: string } }[] }
type Upload = { doc: Doc } & Problem

/** A plain-text script of `words` Dutch words ("woord woord …"): each is one spoken word. */
const textScript = (words: number) => ({
  data: Buffer.from(`${Array.from({ length: words }, () => 'woord').join(' ')}.\n`, 'utf8'),
  name: 'script.txt',
  type: 'text/plain',
})

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const customer = await createUser({ payload, role: 'customer' })
  const artist = await createUser({ payload, role: 'voiceover' })
  tokens.customer = await api.login(customer.email, PASSWORD)
  tokens.artist = await api.login(artist.email, PASSWORD)
  // Commercial rate €300, Dutch native: scripts are counted in Dutch.
  voiceoverId = (await createVoiceover({ payload, user: artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

const postScript = (
  bookingId: number,
  file: { data: Buffer; name: string; type?: string },
  fields: Record<string, string> = {},
) =>
  api.post<Upload>(`/${slugs.scripts}`, {
    token: tokens.customer,
    form: formWith(file, { booking: String(bookingId), ...fields }),
  })

const readScript = async (id: number, token = tokens.customer) =>
  (await api.get<Doc>(`/${slugs.scripts}/${id}`, { token })).body

const readBooking = async (id: number) =>
  (await api.get<Doc>(`/${slugs.bookings}/${id}`, { token: tokens.customer })).body

const confirm = (bookingId: number, json: Record<string, unknown>, token = tokens.customer) =>
  api.post<{ doc: Doc } & Problem>(`/${slugs.bookings}/${bookingId}/confirm-word-count`, {
    token,
    json,
  })

describe('spoken word count and duration of an uploaded script', () => {
  // Commercial: 160 words per minute (Pricing default); seconds = ceil(words × 60 / 160).
  it.each([
    // "SPOT 30s - Zomeractie. VO (warm): Een zomer, een prijs." — SPOT dertig s Zomeractie VO warm
    // Een zomer een prijs: 10 words, 3.75 s.
    ['pdf.pdf', 10, 4, 'nl'],
    // "Script: Welcome to 14voices. Read warmly." — English by its text (the artist is Dutch);
    // 14voices is "fourteen voices": 7 words.
    ['real-script-pdf-trailing-padding.pdf', 7, 3, 'en'],
    // "VO (warm): Één zomer, één prijs.": 6 words.
    ['docx.docx', 6, 3, 'nl'],
    // "VO (warm): Één zomer.": 4 words.
    ['odt.odt', 4, 2, 'nl'],
    ['rtf.rtf', 4, 2, 'nl'],
    // 'SPOT 30s – "Zomeractie" VO (warm): Één zomer, één prijs. Café Łódź opent op 1 juni.':
    // SPOT dertig s Zomeractie VO warm Één zomer één prijs Café Łódź opent op één juni = 16.
    ['utf16le-bom.txt', 16, 6, 'nl'],
    // The real Notepad file: 20 words (see extractScriptText.test.ts), 7.5 s.
    ['real-script-utf16le-bom.txt', 20, 8, 'nl'],
  ])(
    'should count %s as %i spoken words, about %i seconds, in %s',
    async (name, words, seconds, language) => {
      const booking = await steps.book(tokens.customer)
      const res = await postScript(booking.id, {
        data: corpusFile(name),
        name,
        type: 'application/octet-stream',
      })
      expect(res.status).toBe(201)
      const script = await readScript(res.body.doc.id)
      expect(script).toMatchObject({ language, wordCount: words, estimatedSeconds: seconds })
    },
  )

  it('should keep the upload with an unknown count when the text cannot be read', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await postScript(booking.id, {
      data: corpusFile('doc.doc'),
      name: 'script.doc',
      type: 'application/msword',
    })
    expect(res.status).toBe(201)
    const script = await readScript(res.body.doc.id)
    expect([script.wordCount ?? null, script.estimatedSeconds ?? null]).toEqual([null, null])
  })

  it('should keep the upload of a PDF whose content cannot be parsed', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await postScript(booking.id, {
      data: Buffer.from('%PDF-1.4\nnot really a pdf\nstartxref\n0\n%%EOF\n'),
      name: 'script.pdf',
      type: 'application/pdf',
    })
    expect(res.status).toBe(201)
    expect((await readScript(res.body.doc.id)).wordCount ?? null).toBeNull()
  })

  it('should ignore a word count sent with the upload', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await postScript(booking.id, textScript(12), {
      wordCount: '1',
      estimatedSeconds: '1',
    })
    expect(res.status).toBe(201)
    expect(await readScript(res.body.doc.id)).toMatchObject({ wordCount: 12, estimatedSeconds: 5 })
  })

  it('should show the artist the spoken count too', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await postScript(booking.id, textScript(40))
    expect(await readScript(res.body.doc.id, tokens.artist)).toMatchObject({
      wordCount: 40,
      estimatedSeconds: 15,
    })
  })

  it('should store the target length and estimate a script too long for it', async () => {
    // 100 words at 160 wpm = 37.5 → 38 s: longer than a 30-second spot.
    const booking = await steps.book(tokens.customer, { targetSeconds: 30, wordCount: 100 })
    const res = await postScript(booking.id, textScript(100))
    expect((await readBooking(booking.id)).targetSeconds).toBe(30)
    expect((await readScript(res.body.doc.id)).estimatedSeconds).toBe(38)
  })

  it('should estimate at the project type speaking rate from the Pricing global', async () => {
    await ctx.payload.updateGlobal({
      slug: 'pricing',
      data: { speakingRates: { commercial: 120 } },
    })
    try {
      const booking = await steps.book(tokens.customer)
      const res = await postScript(booking.id, textScript(60))
      // 60 words at 120 wpm = 30 s.
      expect((await readScript(res.body.doc.id)).estimatedSeconds).toBe(30)
    } finally {
      await ctx.payload.updateGlobal({
        slug: 'pricing',
        data: { speakingRates: { commercial: 160 } },
      })
    }
  })
})

describe('confirming the price of a script longer than booked', () => {
  // Booked 250 words (included in the base rate): €300 fee + €150 licence (online, national,
  // 12 months: 50%) = €450. A 400-word script is 150 words over: 2 started blocks of 100 × €25 =
  // €50 more, €500 in all.
  const BOOKED_TOTAL = 45_000
  const NEW_TOTAL = 50_000

  const longerThanBooked = async () => {
    const booking = await steps.book(tokens.customer, { wordCount: 250 })
    const res = await postScript(booking.id, textScript(400))
    if (res.status !== 201) throw new Error(`script upload failed: ${res.status}`)
    return booking
  }

  it('should keep the artist from starting production until the customer confirms', async () => {
    const booking = await longerThanBooked()
    const start = await steps.setStatus(tokens.artist, booking.id, 'in_production')
    expect(start.status).toBe(409)
    expect((start.body as Problem).errors?.[0]?.data?.key).toBe('wordCount.needsConfirmation')
  })

  it('should refuse a confirmation of a total the customer was not shown (409)', async () => {
    const booking = await longerThanBooked()
    const res = await confirm(booking.id, { expectedTotalCents: BOOKED_TOTAL })
    expect(res.status).toBe(409)
    expect(res.body.errors?.[0]?.data?.key).toBe('wordCount.priceChanged')
    // The sentence names the current total, in the reader's language (English here).
    expect(res.body.errors?.[0]?.message).toContain('€500.00')
    expect((await readBooking(booking.id)).quotedPrice).toBe(BOOKED_TOTAL)
  })

  it('should refuse a confirmation without the expected total (400)', async () => {
    const booking = await longerThanBooked()
    const res = await confirm(booking.id, {})
    expect(res.status).toBe(400)
  })

  it('should not let the artist confirm the price (403)', async () => {
    const booking = await longerThanBooked()
    const res = await confirm(booking.id, { expectedTotalCents: NEW_TOTAL }, tokens.artist)
    expect(res.status).toBe(403)
  })

  it('should update the price and word count when the customer confirms the new total', async () => {
    const booking = await longerThanBooked()
    const res = await confirm(booking.id, { expectedTotalCents: NEW_TOTAL })
    expect(res.status).toBe(200)
    const updated = await readBooking(booking.id)
    expect(updated).toMatchObject({ quotedPrice: NEW_TOTAL, wordCount: 400 })
    expect((updated.quoteBreakdown as { totalCents: number }).totalCents).toBe(NEW_TOTAL)
  })

  it('should audit the price change with the old and new count and total', async () => {
    const booking = await longerThanBooked()
    await confirm(booking.id, { expectedTotalCents: NEW_TOTAL })
    const { docs } = await ctx.payload.find({
      collection: slugs.auditEvents,
      where: {
        and: [
          { booking: { equals: booking.id } },
          { action: { equals: 'booking.word_count_confirmed' } },
        ],
      },
      depth: 0,
    })
    expect(docs.map((d) => d.details)).toEqual([
      expect.objectContaining({
        bookedWords: 250,
        spokenWords: 400,
        previousTotalCents: BOOKED_TOTAL,
        totalCents: NEW_TOTAL,
      }),
    ])
  })

  it('should let the artist start production once the customer has confirmed', async () => {
    const booking = await longerThanBooked()
    await confirm(booking.id, { expectedTotalCents: NEW_TOTAL })
    const start = await steps.setStatus(tokens.artist, booking.id, 'in_production')
    expect(start.status).toBe(200)
  })

  it('should refuse a second confirmation (409)', async () => {
    const booking = await longerThanBooked()
    await confirm(booking.id, { expectedTotalCents: NEW_TOTAL })
    const again = await confirm(booking.id, { expectedTotalCents: NEW_TOTAL })
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0]?.data?.key).toBe('wordCount.nothingToConfirm')
  })

  it('should ask again when a replacement script is longer still', async () => {
    const booking = await longerThanBooked()
    await confirm(booking.id, { expectedTotalCents: NEW_TOTAL })
    await postScript(booking.id, textScript(520))
    const start = await steps.setStatus(tokens.artist, booking.id, 'in_production')
    expect(start.status).toBe(409)
    // 520 words: 3 started blocks beyond 250 → €75 more than the booked €450.
    const res = await confirm(booking.id, { expectedTotalCents: 52_500 })
    expect(res.status).toBe(200)
  })

  it('should let production start without asking when the longer script costs the same', async () => {
    // Booked without a word count; 200 words are still within the 250 included.
    const booking = await steps.book(tokens.customer)
    await postScript(booking.id, textScript(200))
    const start = await steps.setStatus(tokens.artist, booking.id, 'in_production')
    expect(start.status).toBe(200)
  })
})
