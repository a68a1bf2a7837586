import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// s3rver ships no types; it is a real S3-compatible server on loopback, not a mock.
// @ts-expect-error untyped module
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DAY_MS } from '@/domain/time'
import { purgeExpiredFiles } from '@/jobs/purgeExpiredFiles'
import { slugs } from '@/slugs'

import { formWith } from '../helpers/files'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

const BUCKET = 'v14-private'
const PORT = 4900 + Math.floor(Math.random() * 200)
const pdf = fs.readFileSync(path.resolve(__dirname, '../fixtures/real-world/scripts/pdf.pdf'))

let ctx: TestContext
let api: RestClient
let server: { run: () => Promise<unknown>; close: () => Promise<void> }
const s3dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-s3rver-'))
const tokens: Record<string, string> = {}
let voiceoverId = 0

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: PORT,
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: BUCKET }],
  })
  await server.run()
  ctx = await bootPayload({
    S3_PRIVATE_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${PORT}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
  api = restClient(ctx.config)
  const customer = await createUser({ payload: ctx.payload, role: 'customer' })
  const artist = await createUser({ payload: ctx.payload, role: 'voiceover' })
  tokens.customer = await api.login(customer.email, PASSWORD)
  tokens.artist = await api.login(artist.email, PASSWORD)
  voiceoverId = (await createVoiceover({ payload: ctx.payload, user: artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
  await server?.close()
  fs.rmSync(s3dir, { recursive: true, force: true })
})

describe('scripts on a private S3-compatible bucket', () => {
  it('should serve the script from the bucket under its human name', async () => {
    const booking = await journey(api, () => voiceoverId).book(tokens.customer, {
      projectTitle: 'Łódź',
    })
    const upload = await api.post<{ doc: { filename: string } }>(`/${slugs.scripts}`, {
      token: tokens.customer,
      form: formWith(
        { data: pdf, name: 'Skrypt_Łódź.pdf', type: 'application/pdf' },
        { booking: String(booking.id) },
      ),
    })
    expect(upload.status).toBe(201)
    const res = await api.get(`/${slugs.scripts}/file/${upload.body.doc.filename}`, {
      token: tokens.artist,
    })
    // "Ł" = C5 81, "ó" = C3 B3, "ź" = C5 BA in UTF-8.
    expect([
      res.status,
      Buffer.from(res.raw).equals(pdf),
      res.headers.get('content-disposition'),
      res.headers.get('cache-control'),
    ]).toEqual([
      200,
      true,
      `attachment; filename="Lodz - script.pdf"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20-%20script.pdf`,
      'private, no-store',
    ])
  })
})

describe('retention purge on a private S3-compatible bucket', () => {
  /** The names of every object s3rver holds in the bucket (it keeps them as files on disk). */
  const objectsInBucket = () =>
    fs.readdirSync(path.join(s3dir, BUCKET), { recursive: true }).map(String).join('\n')

  it('should delete a purged booking’s script and delivery from the bucket', async () => {
    const steps = journey(api, () => voiceoverId)
    const { booking, delivery } = await steps.inReview({
      customer: tokens.customer,
      artist: tokens.artist,
    })
    await steps.decide(tokens.customer, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const { statusChangedAt } = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: booking.id,
      depth: 0,
    })
    const script = (
      await ctx.payload.find({
        collection: slugs.scripts,
        where: { booking: { equals: booking.id } },
        depth: 0,
      })
    ).docs[0]
    const before = objectsInBucket()
    await purgeExpiredFiles({
      payload: ctx.payload,
      now: new Date(Date.parse(String(statusChangedAt)) + 91 * DAY_MS),
    })
    const after = objectsInBucket()
    const names = [String(script?.filename), String(delivery.filename)]
    expect([
      names.map((name) => before.includes(name)),
      names.map((name) => after.includes(name)),
    ]).toEqual([
      [true, true],
      [false, false],
    ])
  })
})
