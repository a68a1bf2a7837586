import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
// s3rver ships no types; it is a real S3-compatible server on loopback, not a mock.
// @ts-expect-error untyped module
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formWith, wavFile } from '../helpers/files'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, PASSWORD } from '../helpers/scenario'

const BUCKET = 'v14-public'
const PORT = 4700 + Math.floor(Math.random() * 200)
const endpoint = `http://127.0.0.1:${PORT}`

let ctx: TestContext
let api: RestClient
let token: string
let server: { run: () => Promise<unknown>; close: () => Promise<void> }
const s3dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-s3rver-'))
const wav = wavFile(1, 11)
let filename = ''
let mediaId = 0

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
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
  api = restClient(ctx.config)
  const admin = await createUser({ payload: ctx.payload, role: 'admin' })
  token = await api.login(admin.email, PASSWORD)
  const res = await api.post<{ doc: { id: number; filename: string } }>('/media', {
    token,
    form: formWith(
      { data: wav, name: 'demo.wav', type: 'audio/wav' },
      { _payload: JSON.stringify({ alt: 'demo' }) },
    ),
  })
  expect(res.status).toBe(201)
  filename = res.body.doc.filename
  mediaId = res.body.doc.id
})

afterAll(async () => {
  await ctx?.cleanup()
  await server?.close()
  fs.rmSync(s3dir, { recursive: true, force: true })
})

describe('public media on S3-compatible storage', () => {
  it('should store the uploaded file in the bucket', async () => {
    const client = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: filename }))
    expect(head.ContentLength).toBe(wav.length)
  })

  it('should not write the file to local disk', () => {
    expect(fs.existsSync(path.join(ctx.dataDir, 'media', filename))).toBe(false)
  })

  it('should link the file to the bucket directly and serve a Range from there with 206', async () => {
    const doc = await ctx.payload.findByID({ collection: 'media', id: mediaId, depth: 0 })
    const res = await fetch(doc.url!, { headers: { range: 'bytes=0-99' } })
    expect({
      url: doc.url,
      status: res.status,
      same: Buffer.from(await res.arrayBuffer()).equals(wav.subarray(0, 100)),
    }).toEqual({ url: `${endpoint}/${BUCKET}/${filename}`, status: 206, same: true })
  })

  it('should store the demo preview and peaks in the bucket and link them there', async () => {
    await ctx.payload.jobs.run({ limit: 10 })
    const doc = await ctx.payload.findByID({ collection: 'media', id: mediaId, depth: 0 })
    const preview = await fetch(doc.preview!.url!)
    const peaks = (await (await fetch(doc.preview!.peaksUrl!)).json()) as { length: number }
    expect({
      status: doc.preview?.status,
      url: doc.preview?.url,
      type: preview.headers.get('content-type'),
      pairs: peaks.length,
      local: fs.existsSync(path.join(ctx.dataDir, 'media', doc.preview!.filename!)),
    }).toEqual({
      status: 'ready',
      url: `${endpoint}/${BUCKET}/${doc.preview?.filename}`,
      type: 'audio/mpeg',
      pairs: 1000,
      local: false,
    })
  })
  it('should not tell anyone but an admin where the original recording lies in the bucket', async () => {
    const anonymous = await api.get<{ url: string | null; filename: string | null }>(
      `/media/${mediaId}`,
    )
    const admin = await api.get<{ url: string | null }>(`/media/${mediaId}`, { token })
    expect([anonymous.body.url, anonymous.body.filename, admin.body.url]).toEqual([
      null,
      null,
      `${endpoint}/${BUCKET}/${filename}`,
    ])
  })
})
