import { beforeAll, describe, expect, it } from 'vitest'

import { call, demo as demoAccounts } from './client'

type MediaDoc = {
  filename: string
  mimeType: string
  url: string
  preview?: { status?: string | null; url?: string | null; peaksUrl?: string | null } | null
}

let demo: MediaDoc
let photo: MediaDoc

const pathOf = (url: string) => new URL(url).pathname

beforeAll(async () => {
  // As the admin: an original's file name is left out of everyone else's answers.
  const res = await call('GET', '/api/media?limit=200&depth=0', {
    token: await demoAccounts.admin(),
  })
  const docs = res.body.docs as MediaDoc[]
  demo = docs.find((m) => m.preview?.status === 'ready')!
  photo = docs.find((m) => m.mimeType.startsWith('image/'))!
})

describe('public media at /media/ (seeded demos and photos)', () => {
  it('should serve a seeded demo preview as MP3 with the year-long cache, nosniff and validators', async () => {
    const res = await call('GET', pathOf(demo.preview!.url!))
    expect({
      status: res.status,
      type: res.headers.get('content-type'),
      cache: res.headers.get('cache-control'),
      nosniff: res.headers.get('x-content-type-options'),
      ranges: res.headers.get('accept-ranges'),
      etag: Boolean(res.headers.get('etag')),
      lastModified: Boolean(res.headers.get('last-modified')),
      cookie: res.headers.get('set-cookie'),
    }).toEqual({
      status: 200,
      type: 'audio/mpeg',
      cache: 'public, max-age=31536000, immutable',
      nosniff: 'nosniff',
      ranges: 'bytes',
      etag: true,
      lastModified: true,
      cookie: null,
    })
  })

  it('should answer If-None-Match with 304 and a Range with 206', async () => {
    const path = pathOf(demo.preview!.url!)
    const first = await call('GET', path)
    const again = await call('GET', path, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    })
    const range = await call('GET', path, { headers: { range: 'bytes=0-99' } })
    expect([again.status, again.bytes, range.status, range.bytes]).toEqual([304, 0, 206, 100])
  })

  it('should serve the waveform peaks as JSON with 1000 min/max pairs', async () => {
    const res = await call('GET', pathOf(demo.preview!.peaksUrl!))
    expect([res.status, res.body.length, (res.body.data as number[]).length]).toEqual([
      200, 1000, 2000,
    ])
  })

  it('should link photos to /media/ and serve them there', async () => {
    const res = await call('GET', pathOf(photo.url))
    expect([pathOf(photo.url), res.status, res.headers.get('content-type')]).toEqual([
      `/media/${photo.filename}`,
      200,
      photo.mimeType,
    ])
  })

  it('should not serve an original demo recording or a missing file at /media/', async () => {
    const original = await call('GET', `/media/${demo.filename}`)
    const missing = await call('HEAD', '/media/0000000000000000-missing.mp3')
    expect(demo.filename).toMatch(/^[a-f0-9]{16}-.+\.wav$/)
    expect([original.status, missing.status]).toEqual([404, 404])
  })
})
