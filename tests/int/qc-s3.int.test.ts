import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// s3rver ships no types; it is a real S3-compatible server on loopback, not a mock.
// @ts-expect-error untyped module
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import { passingTake } from '../helpers/audio'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

const BUCKET = 'v14-private-qc'
const PORT = 5100 + Math.floor(Math.random() * 200)

let ctx: TestContext
let api: RestClient
let server: { run: () => Promise<unknown>; close: () => Promise<void> }
const s3dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-s3rver-qc-'))
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

describe('the technical check of a delivery on a private S3-compatible bucket', () => {
  it('should read the take from the bucket, measure it and show it to the customer', async () => {
    const steps = journey(api, () => voiceoverId)
    const booking = await steps.inProduction({ customer: tokens.customer, artist: tokens.artist })
    const res = await steps.deliver(tokens.artist, booking.id, {
      data: passingTake(),
      name: 'take.wav',
      type: 'audio/wav',
    })
    await drainJobs(ctx.payload)
    const stored = await ctx.payload.findByID({
      collection: slugs.deliverables,
      id: res.body.doc.id,
      depth: 0,
    })
    const seen = await api.get(`/deliverables/${res.body.doc.id}`, { token: tokens.customer })
    expect([res.status, stored.qc?.status, stored.qc?.sampleRateHz, seen.status]).toEqual([
      201,
      'passed',
      48_000,
      200,
    ])
  })
})
