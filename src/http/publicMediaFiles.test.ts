import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicMediaDirOf, publicMediaHandler } from './publicMediaFiles.mjs'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-public-media-'))
const SMALL = '0123456789abcdef-demo.preview.mp3'
const LARGE = '0123456789abcdef-long.preview.mp3'
const small = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 256))
const large = Buffer.from(Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 7) % 251))
let server: http.Server
let base = ''
let clock = 1_000_000

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, SMALL), small)
  fs.writeFileSync(path.join(dir, LARGE), large)
  fs.writeFileSync(path.join(dir, '0123456789abcdef-demo.wav'), small)
  const serve = publicMediaHandler({ dir, now: () => clock })
  // What the production server does: anything not served here goes on (to Next.js; here a 418).
  server = http.createServer(async (req, res) => {
    if (await serve(req, res)) return
    res.statusCode = 418
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})

const get = (name: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${base}/media/${name}`, { headers, method })

describe('publicMediaHandler', () => {
  it('should serve a preview with the CDN headers', async () => {
    const res = await get(SMALL)
    expect({
      status: res.status,
      type: res.headers.get('content-type'),
      cache: res.headers.get('cache-control'),
      nosniff: res.headers.get('x-content-type-options'),
      length: res.headers.get('content-length'),
      same: Buffer.from(await res.arrayBuffer()).equals(small),
    }).toEqual({
      status: 200,
      type: 'audio/mpeg',
      cache: 'public, max-age=31536000, immutable',
      nosniff: 'nosniff',
      length: '5000',
      same: true,
    })
  })

  it('should answer a matching ETag with 304 and a matching date with 304', async () => {
    const first = await get(SMALL)
    const byTag = await get(SMALL, { 'if-none-match': first.headers.get('etag')! })
    const byDate = await get(SMALL, { 'if-modified-since': first.headers.get('last-modified')! })
    expect([byTag.status, byDate.status]).toEqual([304, 304])
  })

  it('should answer ranges of small and large files with exactly those bytes', async () => {
    const part = await get(SMALL, { range: 'bytes=10-19' })
    const far = await get(LARGE, { range: 'bytes=3000000-3000099' })
    expect({
      part: [part.status, part.headers.get('content-range')],
      partBytes: Buffer.from(await part.arrayBuffer()).equals(small.subarray(10, 20)),
      far: far.status,
      farBytes: Buffer.from(await far.arrayBuffer()).equals(large.subarray(3_000_000, 3_000_100)),
    }).toEqual({
      part: [206, 'bytes 10-19/5000'],
      partBytes: true,
      far: 206,
      farBytes: true,
    })
  })

  it('should stream a large file whole', async () => {
    const res = await get(LARGE)
    expect(Buffer.from(await res.arrayBuffer()).equals(large)).toBe(true)
  })

  it('should answer a range past the end with 416 and HEAD without a body', async () => {
    const past = await get(SMALL, { range: 'bytes=6000-' })
    const head = await get(SMALL, {}, 'HEAD')
    expect([
      past.status,
      past.headers.get('content-range'),
      head.status,
      head.headers.get('content-length'),
    ]).toEqual([416, 'bytes */5000', 200, '5000'])
  })

  it('should leave originals, missing files and other paths to the app', async () => {
    const statuses = await Promise.all(
      ['0123456789abcdef-demo.wav', '0123456789abcdef-none.mp3', '..%2Fetc%2Fpasswd'].map(
        async (name) => (await get(name)).status,
      ),
    )
    const other = await fetch(`${base}/en/voiceovers`)
    expect([...statuses, other.status]).toEqual([418, 418, 418, 418])
  })
})

describe('publicMediaDirOf', () => {
  it('should resolve the directory as src/env.ts does', () => {
    expect([
      publicMediaDirOf({ PROJECT_ROOT: '/srv/app' }),
      publicMediaDirOf({ PROJECT_ROOT: '/srv/app', DATA_DIR: 'var' }),
      publicMediaDirOf({ PROJECT_ROOT: '/srv/app', PUBLIC_MEDIA_DIR: '/mnt/media' }),
    ]).toEqual(['/srv/app/data/media', '/srv/app/var/media', '/mnt/media'])
  })
  it('should stop serving a deleted file once its stat is a second old', async () => {
    const name = '0123456789abcdef-gone.preview.mp3'
    fs.writeFileSync(path.join(dir, name), small)
    expect((await get(name)).status).toBe(200)
    fs.rmSync(path.join(dir, name))
    clock += 1_001
    expect((await get(name)).status).toBe(418)
  })
  it('should answer a repeat from memory with the same headers and bytes', async () => {
    const name = '0123456789abcdef-again.preview.mp3'
    fs.writeFileSync(path.join(dir, name), small)
    const [first, second] = [await get(name), await get(name)]
    const headersOf = (res: Response) =>
      Object.fromEntries([...res.headers].filter(([n]) => n !== 'date' && n !== 'keep-alive'))
    expect(headersOf(second)).toEqual(headersOf(first))
    expect(headersOf(second)['content-length']).toBe(String(small.length))
    expect(Buffer.from(await second.arrayBuffer()).equals(small)).toBe(true)
  })
})
