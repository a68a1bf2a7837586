import fs from 'node:fs'
import path from 'node:path'

import { parseBuffer } from 'music-metadata'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WaveformPeaks } from '@/domain/waveformPeaks'
import type { Media } from '@/payload-types'
import { slugs } from '@/slugs'

import { formWith, jpegFile, wavFile } from '../helpers/files'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, PASSWORD } from '../helpers/scenario'

let ctx: TestContext
let api: RestClient
let token: string
let mediaDir: string

const upload = async (file: { data: Buffer; name: string; type: string }) => {
  const res = await api.post<{ doc: Media }>('/media', {
    token,
    form: formWith(file, { _payload: JSON.stringify({ alt: 'demo' }) }),
  })
  expect(res.status).toBe(201)
  return res.body.doc
}

const read = (id: number) =>
  ctx.payload.findByID({ collection: slugs.media, id, depth: 0, overrideAccess: true })

const previewJobs = (media: number) =>
  ctx.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'makeDemoPreview' }, 'input.media': { equals: media } },
    overrideAccess: true,
    sort: 'createdAt',
  })

/** The public media route, called as Next.js calls it. Imported after boot: it reads the env. */
const route = async (name: string, headers: Record<string, string> = {}) => {
  const { GET } = await import('@/app/(frontend)/media/[name]/route')
  return GET(new Request(`http://localhost:3000/media/${name}`, { headers }), {
    params: Promise.resolve({ name }),
  })
}

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  mediaDir = path.join(ctx.dataDir, 'media')
  const admin = await createUser({ payload: ctx.payload, role: 'admin' })
  token = await api.login(admin.email, PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('demo previews', () => {
  let demo: Media
  let ready: Media

  beforeAll(async () => {
    demo = await upload({ data: wavFile(3, 5), name: 'demo.wav', type: 'audio/wav' })
    await ctx.payload.jobs.run({ limit: 10 })
    ready = await read(demo.id)
  })

  it('should mark a new demo pending and queue one preview job with the upload', async () => {
    const jobs = await previewJobs(demo.id)
    expect([demo.preview?.status, jobs.totalDocs]).toEqual(['pending', 1])
  })

  it('should make an MP3 preview of about 128 kbit/s', async () => {
    const mp3 = fs.readFileSync(path.join(mediaDir, ready.preview!.filename!))
    const parsed = await parseBuffer(mp3, 'audio/mpeg')
    expect({
      status: ready.preview?.status,
      mimeType: ready.preview?.mimeType,
      codec: parsed.format.codec,
      bitrate: parsed.format.bitrate,
      recorded: ready.preview?.bitrate,
      size: ready.preview?.filesize,
      smaller: mp3.length < fs.statSync(path.join(mediaDir, demo.filename!)).size,
    }).toEqual({
      status: 'ready',
      mimeType: 'audio/mpeg',
      codec: 'MPEG 1 Layer 3',
      bitrate: 128_000,
      recorded: 128_000,
      size: mp3.length,
      smaller: true,
    })
  })

  it('should store 1000 normalised min/max peak pairs beside the preview', () => {
    const peaks = JSON.parse(
      fs.readFileSync(path.join(mediaDir, ready.preview!.peaksFilename!), 'utf8'),
    ) as WaveformPeaks
    const loudest = Math.max(...peaks.data.map(Math.abs))
    expect([peaks.length, peaks.data.length, loudest]).toEqual([1000, 2000, 1])
  })

  it('should link the preview and peaks to the public media route', () => {
    expect([ready.preview?.url, ready.preview?.peaksUrl]).toEqual([
      `http://localhost:3000/media/${ready.preview?.filename}`,
      `http://localhost:3000/media/${ready.preview?.peaksFilename}`,
    ])
  })

  it('should give the same result when the job runs twice', async () => {
    const before = fs.readdirSync(mediaDir).sort()
    await ctx.payload.jobs.queue({
      task: 'makeDemoPreview',
      input: { media: demo.id, filename: demo.filename! },
    })
    await ctx.payload.jobs.run({ limit: 10 })
    const again = await read(demo.id)
    expect({ files: fs.readdirSync(mediaDir).sort(), preview: again.preview }).toEqual({
      files: before,
      preview: ready.preview,
    })
  })

  it('should record a file ffmpeg cannot decode as failed and complete the job', async () => {
    const broken = await upload({ data: wavFile(1, 9), name: 'broken.wav', type: 'audio/wav' })
    fs.writeFileSync(path.join(mediaDir, broken.filename!), Buffer.alloc(4096, 7))
    await ctx.payload.jobs.run({ limit: 10 })
    const stored = await read(broken.id)
    const job = (await previewJobs(broken.id)).docs[0]!
    expect({
      status: stored.preview?.status,
      reason: stored.preview?.error?.startsWith('ffmpeg could not decode the file'),
      url: stored.preview?.url ?? null,
      completed: Boolean(job.completedAt),
      hasError: Boolean(job.hasError),
    }).toEqual({ status: 'failed', reason: true, url: null, completed: true, hasError: false })
  })

  it('should not make a preview of a photo', async () => {
    const photo = await upload({ data: await jpegFile(), name: 'photo.jpg', type: 'image/jpeg' })
    const jobs = await previewJobs(photo.id)
    expect([photo.preview?.status ?? null, jobs.totalDocs]).toEqual([null, 0])
  })
})

describe('the public media route', () => {
  let photo: Media

  beforeAll(async () => {
    photo = await upload({
      data: await jpegFile('Route', 3, 1000, 1250),
      name: 'photo.jpg',
      type: 'image/jpeg',
    })
  })

  it('should link photos and their sizes to /media/', () => {
    expect([photo.url, photo.sizes?.card?.url]).toEqual([
      `http://localhost:3000/media/${photo.filename}`,
      `http://localhost:3000/media/${photo.sizes?.card?.filename}`,
    ])
  })

  it('should serve a photo with a year-long immutable cache, nosniff and validators', async () => {
    const res = await route(photo.filename!)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect({
      status: res.status,
      type: res.headers.get('content-type'),
      cache: res.headers.get('cache-control'),
      nosniff: res.headers.get('x-content-type-options'),
      etag: Boolean(res.headers.get('etag')),
      lastModified: Boolean(res.headers.get('last-modified')),
      same: bytes.equals(fs.readFileSync(path.join(mediaDir, photo.filename!))),
    }).toEqual({
      status: 200,
      type: 'image/jpeg',
      cache: 'public, max-age=31536000, immutable',
      nosniff: 'nosniff',
      etag: true,
      lastModified: true,
      same: true,
    })
  })

  it('should answer a matching If-None-Match with 304', async () => {
    const first = await route(photo.filename!)
    const again = await route(photo.filename!, { 'if-none-match': first.headers.get('etag')! })
    expect(again.status).toBe(304)
  })

  it('should answer a Range with 206 and exactly those bytes', async () => {
    const res = await route(photo.filename!, { range: 'bytes=10-19' })
    const whole = fs.readFileSync(path.join(mediaDir, photo.filename!))
    expect({
      status: res.status,
      range: res.headers.get('content-range'),
      same: Buffer.from(await res.arrayBuffer()).equals(whole.subarray(10, 20)),
    }).toEqual({ status: 206, range: `bytes 10-19/${whole.length}`, same: true })
  })

  it('should stream a file larger than the memory limit whole and by range', async () => {
    const name = 'abcdef0123456789-large.preview.mp3'
    const bytes = Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 7) % 251))
    fs.writeFileSync(path.join(mediaDir, name), bytes)
    const whole = Buffer.from(await (await route(name)).arrayBuffer())
    const part = await route(name, { range: 'bytes=2500000-2600099' })
    expect({
      whole: whole.equals(bytes),
      status: part.status,
      part: Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(2_500_000, 2_600_100)),
    }).toEqual({ whole: true, status: 206, part: true })
  })

  it('should serve an original demo recording through the file route to admins only', async () => {
    const wav = await upload({ data: wavFile(1, 4), name: 'mine.wav', type: 'audio/wav' })
    const visitor = await api.get(`/media/file/${wav.filename}`)
    const admin = await api.get(`/media/file/${wav.filename}`, { token })
    const photoFile = await api.get(`/media/file/${photo.filename}`)
    const missing = await api.get('/media/file/0000000000000000-missing.wav')
    expect([visitor.status, admin.status, photoFile.status, missing.status]).toEqual([
      403, 200, 200, 404,
    ])
  })

  it('should not serve an original demo recording or a name outside the store', async () => {
    const wav = await upload({ data: wavFile(1, 3), name: 'original.wav', type: 'audio/wav' })
    const statuses = await Promise.all(
      [wav.filename!, `../${photo.filename}`, '0000000000000000-missing.webp'].map(
        async (name) => (await route(name)).status,
      ),
    )
    expect(statuses).toEqual([404, 404, 404])
  })
})

describe('where an original recording is', () => {
  it("should leave an original's address out of API answers for anyone but an admin", async () => {
    const wav = await upload({ data: wavFile(1, 2), name: 'secret-take.wav', type: 'audio/wav' })
    const artist = await createUser({ payload: ctx.payload, role: 'voiceover' })
    const artistToken = await api.login(artist.email, PASSWORD)
    const seen = async (authToken?: string) => {
      const res = await api.get<Media>(`/media/${wav.id}`, authToken ? { token: authToken } : {})
      return [res.status, res.body.url ?? null, res.body.filename ?? null] as const
    }
    const list = await api.get<{ docs: Media[] }>(`/media?where[id][equals]=${wav.id}`)
    expect(await seen()).toEqual([200, null, null])
    expect(await seen(artistToken)).toEqual([200, null, null])
    expect([list.body.docs[0]?.url ?? null, list.body.docs[0]?.filename ?? null]).toEqual([
      null,
      null,
    ])
    const [status, url, filename] = await seen(token)
    expect([status, url?.endsWith(`/api/media/file/${wav.filename}`), filename]).toEqual([
      200,
      true,
      wav.filename,
    ])
  })

  it('should keep the preview and a photo linked for everyone', async () => {
    const wav = await upload({ data: wavFile(2, 2), name: 'public-take.wav', type: 'audio/wav' })
    await ctx.payload.jobs.run({ limit: 10 })
    const photo = await upload({ data: await jpegFile(), name: 'face.jpg', type: 'image/jpeg' })
    const [audio, image] = [
      await api.get<Media>(`/media/${wav.id}`),
      await api.get<Media>(`/media/${photo.id}`),
    ]
    expect(audio.body.preview?.url).toMatch(/\/media\/[a-f0-9]{16}-public-take\.preview\.mp3$/)
    expect(image.body.url).toMatch(/\/media\/[a-f0-9]{16}-face\.jpg$/)
  })

  it('should keep the original for the server itself (jobs, pages)', async () => {
    const wav = await upload({ data: wavFile(1, 2), name: 'server-take.wav', type: 'audio/wav' })
    const own = await ctx.payload.findByID({ collection: slugs.media, id: wav.id, depth: 0 })
    expect(own.filename).toBe(wav.filename)
  })
})
