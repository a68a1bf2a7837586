import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import { formWith, wavFile } from '../helpers/files'
import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
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
const parties = () => ({ customer: tokens.customer, artist: tokens.artist })

type Upload = { doc: Doc; errors?: { message: string; data?: { key?: string } }[] }

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const customer = await createUser({ payload, role: 'customer' })
  const artist = await createUser({ payload, role: 'voiceover' })
  tokens.customer = await api.login(customer.email, PASSWORD)
  tokens.artist = await api.login(artist.email, PASSWORD)
  voiceoverId = (await createVoiceover({ payload, user: artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

const postScript = async (bookingId: number, file: { data: Buffer; name: string; type: string }) =>
  api.post<Upload>(`/${slugs.scripts}`, {
    token: tokens.customer,
    form: formWith(file, { booking: String(bookingId) }),
  })

const scriptsOf = async (bookingId: number) =>
  (
    await ctx.payload.find({
      collection: slugs.scripts,
      where: { booking: { equals: bookingId } },
      depth: 0,
    })
  ).docs

describe('script uploads judged by content, whatever the label', () => {
  // Each file is sent under a name and Content-Type that say something else.
  it.each([
    ['utf8.txt', 'script.pdf', 'application/pdf', 'text/plain; charset=utf-8', 'txt'],
    ['utf8-bom.txt', 'script.docx', 'application/msword', 'text/plain; charset=utf-8', 'txt'],
    ['utf16le-bom.txt', 'script.pdf', 'application/pdf', 'text/plain; charset=utf-16le', 'txt'],
    ['utf16be-bom.txt', 'script.rtf', 'text/rtf', 'text/plain; charset=utf-16be', 'txt'],
    [
      'windows-crlf.txt',
      'script.exe',
      'application/x-msdownload',
      'text/plain; charset=utf-8',
      'txt',
    ],
    [
      'real-script-utf16le-bom.txt',
      'script.txt',
      'application/octet-stream',
      'text/plain; charset=utf-16le',
      'txt',
    ],
    ['pdf.pdf', 'script.txt', 'text/plain', 'application/pdf', 'pdf'],
    ['pdf-nul-padding.pdf', 'script.docx', 'application/zip', 'application/pdf', 'pdf'],
    ['pdf-incremental.pdf', 'script.txt', 'text/plain', 'application/pdf', 'pdf'],
    ['pdf-encrypted.pdf', 'script', 'application/octet-stream', 'application/pdf', 'pdf'],
    ['pdf-linearized.pdf', 'script.html', 'text/html', 'application/pdf', 'pdf'],
    [
      'real-script-pdf-trailing-padding.pdf',
      'script.pdf',
      'application/pdf',
      'application/pdf',
      'pdf',
    ],
    [
      'docx.docx',
      'script.pdf',
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    [
      'docx-streamed.docx',
      'script.zip',
      'application/zip',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    ['odt.odt', 'script.zip', 'application/zip', 'application/vnd.oasis.opendocument.text', 'odt'],
    ['rtf.rtf', 'script.txt', 'text/plain', 'application/rtf', 'rtf'],
    ['doc.doc', 'script.xls', 'application/vnd.ms-excel', 'application/msword', 'doc'],
  ])(
    'should accept %s sent as %s (%s) and store it as %s',
    async (file, name, type, mimeType, ext) => {
      const booking = await steps.book(tokens.customer)
      const res = await postScript(booking.id, { data: corpusFile(file), name, type })
      expect(res.status).toBe(201)
      const [stored] = await scriptsOf(booking.id)
      expect([stored.mimeType, stored.filename?.split('.').pop(), stored.originalFilename]).toEqual(
        [mimeType, ext, name],
      )
    },
  )

  it.each([
    ['exe.exe', 'script.pdf', 'application/pdf', 'script.executable'],
    ['elf.bin', 'script.txt', 'text/plain', 'script.executable'],
    ['html.html', 'script.txt', 'text/plain', 'script.html'],
    ['svg.svg', 'script.pdf', 'application/pdf', 'script.svg'],
    ['xml.xml', 'script.txt', 'text/plain', 'script.xml'],
    ['javascript.js', 'script.txt', 'text/plain', 'script.code'],
    ['html-pdf-polyglot.pdf', 'script.pdf', 'application/pdf', 'script.polyglot'],
    ['pdf-with-zip-appended.pdf', 'script.pdf', 'application/pdf', 'script.polyglot'],
    ['pdf-truncated.pdf', 'script.pdf', 'application/pdf', 'script.damaged'],
    ['zip.zip', 'script.docx', 'application/msword', 'script.zip'],
    ['xlsx.xlsx', 'script.docx', 'application/msword', 'script.notWordProcessing'],
    ['xls.xls', 'script.doc', 'application/msword', 'script.notWordProcessing'],
    ['docm.docx', 'script.docx', 'application/msword', 'script.macros'],
    ['docx-password.docx', 'script.docx', 'application/msword', 'script.passwordProtected'],
    ['png.png', 'script.pdf', 'application/pdf', 'script.image'],
    ['latin1.txt', 'script.txt', 'text/plain', 'script.encoding'],
  ])(
    'should refuse %s sent as %s (%s) with 415 and store nothing',
    async (file, name, type, key) => {
      const booking = await steps.book(tokens.customer)
      const res = await postScript(booking.id, { data: corpusFile(file), name, type })
      expect([res.status, res.body.errors?.[0]?.data?.key]).toEqual([415, key])
      expect(await scriptsOf(booking.id)).toHaveLength(0)
    },
  )
})

describe('file names', () => {
  it('should keep a Polish file name and store an ASCII one', async () => {
    const booking = await steps.book(tokens.customer)
    const name = 'Skrypt_Łódź_reklama.pdf'
    const res = await postScript(booking.id, {
      data: corpusFile('pdf.pdf'),
      name,
      type: 'application/pdf',
    })
    expect(res.status).toBe(201)
    const [stored] = await scriptsOf(booking.id)
    expect(stored.originalFilename).toBe(name)
    expect(stored.filename).toMatch(/^[0-9a-f]{16}-Skrypt_Lodz_reklama\.pdf$/)
  })

  it('should not let a client choose originalFilename', async () => {
    const booking = await steps.book(tokens.customer)
    const form = formWith(
      { data: corpusFile('pdf.pdf'), name: 'real.pdf', type: 'application/pdf' },
      { booking: String(booking.id) },
    )
    form.append('_payload', JSON.stringify({ originalFilename: 'forged.pdf' }))
    const res = await api.post<Upload>(`/${slugs.scripts}`, { token: tokens.customer, form })
    expect(res.status).toBe(201)
    expect((await scriptsOf(booking.id))[0].originalFilename).toBe('real.pdf')
  })

  it('should download a script as "<project title> - script.<ext>" (RFC 6266/8187)', async () => {
    const booking = await steps.book(tokens.customer, { projectTitle: 'Reklama Łódź' })
    await postScript(booking.id, {
      data: corpusFile('pdf.pdf'),
      name: 'Skrypt_Łódź_reklama.pdf',
      type: 'application/pdf',
    })
    const [stored] = await scriptsOf(booking.id)
    const res = await api.get(`/${slugs.scripts}/file/${stored.filename}`, {
      token: tokens.artist,
    })
    // "Ł" = C5 81, "ó" = C3 B3, "ź" = C5 BA in UTF-8; space = %20.
    expect([
      res.status,
      res.headers.get('content-disposition'),
      res.headers.get('cache-control'),
      res.headers.get('x-content-type-options'),
      res.headers.get('content-security-policy'),
    ]).toEqual([
      200,
      `attachment; filename="Reklama Lodz - script.pdf"; filename*=UTF-8''Reklama%20%C5%81%C3%B3d%C5%BA%20-%20script.pdf`,
      'private, no-store',
      'nosniff',
      "default-src 'none'; sandbox",
    ])
  })

  it('should serve a UTF-16 script with its charset', async () => {
    const booking = await steps.book(tokens.customer)
    await postScript(booking.id, {
      data: corpusFile('real-script-utf16le-bom.txt'),
      name: 'script.txt',
      type: 'text/plain',
    })
    const [stored] = await scriptsOf(booking.id)
    const res = await api.get(`/${slugs.scripts}/file/${stored.filename}`, {
      token: tokens.customer,
    })
    expect([res.status, res.headers.get('content-type')]).toEqual([
      200,
      'text/plain; charset=utf-16le',
    ])
  })

  it('should download a delivery as "<project title> - v1.wav" and keep its name', async () => {
    const booking = await steps.inProduction(parties(), { projectTitle: 'Zomer 2027' })
    const res = await steps.deliverShown(tokens.artist, booking.id, {
      data: wavFile(1),
      name: 'take1 — final.wav',
      type: 'audio/wav',
    })
    expect(res.status).toBe(201)
    const download = await api.get(`/${slugs.deliverables}/file/${res.body.doc.filename}`, {
      token: tokens.customer,
    })
    // "—" (U+2014) is not in the fallback's character set; the stored name keeps it.
    expect([
      res.body.doc.originalFilename,
      download.status,
      download.headers.get('content-disposition'),
    ]).toEqual([
      'take1 — final.wav',
      200,
      `attachment; filename="Zomer 2027 - v1.wav"; filename*=UTF-8''Zomer%202027%20-%20v1.wav`,
    ])
  })

  it('should download an invoice as "<invoice number> - <project title>.pdf"', async () => {
    const { delivery, booking } = await steps.inReview(parties())
    await steps.decide(tokens.customer, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const {
      docs: [invoice],
    } = await ctx.payload.find({
      collection: slugs.invoices,
      where: { booking: { equals: booking.id } },
      depth: 0,
    })
    const res = await api.get(`/${slugs.invoices}/file/${invoice.filename}`, {
      token: tokens.customer,
    })
    expect([res.status, res.headers.get('content-disposition')]).toEqual([
      200,
      `attachment; filename="${invoice.number} - Audio journey.pdf"; filename*=UTF-8''${invoice.number}%20-%20Audio%20journey.pdf`,
    ])
  })
})
