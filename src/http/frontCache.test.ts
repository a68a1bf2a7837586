import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  acceptedEncodings,
  bumpLocalGeneration,
  createFrontCache,
  frontCacheKeyOf,
  generationReader,
  redisGenerationKey,
} from './frontCache.mjs'

type Answer = {
  status?: number
  headers?: Record<string, string>
  chunks?: string[]
  /** Runs while "Next.js" renders, before it answers. */
  during?: () => void
}

/** A server with the front cache in front of a "live" handler that answers what the test says. */
const serverWith = async (options: Partial<Parameters<typeof createFrontCache>[0]> = {}) => {
  const live: { calls: number; answer: Answer; seen: http.IncomingHttpHeaders[] } = {
    calls: 0,
    answer: {},
    seen: [],
  }
  const cache = createFrontCache({ generation: generationReader(), ...options })
  const server = http.createServer((req, res) => {
    void cache.handle(req, res, async () => {
      live.calls += 1
      live.seen.push({ ...req.headers })
      const { status = 200, headers = {}, chunks = ['<html>catalog</html>'], during } = live.answer
      during?.()
      res.statusCode = status
      for (const [name, value] of Object.entries({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'public, s-maxage=60, stale-while-revalidate=300',
        ...headers,
      }))
        res.setHeader(name, value)
      for (const chunk of chunks.slice(0, -1)) res.write(chunk)
      res.end(chunks.at(-1))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const close = () => new Promise((resolve) => server.close(resolve))
  return { base, live, cache, close }
}

let current: Awaited<ReturnType<typeof serverWith>> | null = null
const start = async (options?: Partial<Parameters<typeof createFrontCache>[0]>) => {
  current = await serverWith(options)
  return current
}
afterEach(async () => {
  await current?.close()
  current = null
})

/** A raw GET (fetch would add Accept-Encoding and decode). */
const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const req = http.request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      req.on('error', reject)
      req.end()
    },
  )

describe('front cache key', () => {
  const key = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    frontCacheKeyOf({ method, url, headers: { host: 'h', ...headers } })

  it('should key the public pages and catalog reads by host and target', () => {
    expect(key('/nl')).toBe('h /nl')
    expect(key('/en?gender=female&q=anna')).toBe('h /en?gender=female&q=anna')
    expect(key('/nl/voiceovers/sanne-de-vries')).toBe('h /nl/voiceovers/sanne-de-vries')
    expect(key('/api/voiceovers?limit=20&depth=0', {}, 'HEAD')).toBe(
      'h /api/voiceovers?limit=20&depth=0',
    )
  })

  it('should leave sessions, router requests, ranges and other pages to Next.js', () => {
    expect(key('/nl', { cookie: 'NEXT_LOCALE=nl; payload-token=abc' })).toBeNull()
    expect(key('/api/voiceovers', { authorization: 'JWT abc' })).toBeNull()
    expect(key('/nl', { rsc: '1' })).toBeNull()
    expect(key('/nl', { 'next-router-prefetch': '1' })).toBeNull()
    expect(key('/nl?_rsc=x1y2')).toBeNull()
    expect(key('/nl', { range: 'bytes=0-10' })).toBeNull()
    expect(key('/nl', {}, 'POST')).toBeNull()
    expect(key('/nl/account/bookings')).toBeNull()
    expect(key('/api/bookings')).toBeNull()
    expect(key('/api/media')).toBeNull()
    expect(key(`/nl?q=${'a'.repeat(600)}`)).toBeNull()
  })

  it('should treat a cookie that is not a session like no cookie', () => {
    expect(key('/nl', { cookie: 'NEXT_LOCALE=en' })).toBe('h /nl')
  })
})

describe('accepted encodings', () => {
  it('should prefer Brotli, then gzip, and honour q=0', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('gzip;q=1.0, br;q=0')).toEqual(['gzip'])
    expect(acceptedEncodings('identity')).toEqual([])
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings(undefined)).toEqual([])
  })
})

describe('front cache', () => {
  it('should answer a repeat anonymous request from memory, with the same bytes and headers', async () => {
    const { base, live } = await start()
    live.answer = {
      chunks: ['<html>', 'cata', 'log</html>'],
      headers: { link: '<x>; rel="alternate"' },
    }
    const first = await get(`${base}/nl`)
    const second = await get(`${base}/nl`)
    expect(live.calls).toBe(1)
    expect(first.headers['x-front-cache']).toBe('miss')
    expect(second.headers['x-front-cache']).toBe('hit')
    expect(second.body.toString()).toBe('<html>catalog</html>')
    expect(second.headers['cache-control']).toBe(first.headers['cache-control'])
    expect(second.headers.link).toBe('<x>; rel="alternate"')
    expect(second.headers['content-length']).toBe(String(second.body.length))
  })

  it('should not repeat how Next.js found the page (x-nextjs-cache) on an answer from memory', async () => {
    const { base, live } = await start()
    live.answer = { chunks: ['<html></html>'], headers: { 'x-nextjs-cache': 'MISS' } }
    const first = await get(`${base}/nl`)
    const second = await get(`${base}/nl`)
    expect([first.headers['x-nextjs-cache'], second.headers['x-nextjs-cache']]).toEqual([
      'MISS',
      undefined,
    ])
  })

  it('should never answer a request with a session from memory', async () => {
    const { base, live } = await start()
    await get(`${base}/nl`)
    await get(`${base}/nl`, { cookie: 'payload-token=abc' })
    await get(`${base}/nl`, { authorization: 'users API-Key x' })
    expect(live.calls).toBe(3)
  })

  it('should not store an answer that is private, sets a cookie or is not a 200', async () => {
    const { base, live } = await start()
    for (const answer of [
      { headers: { 'cache-control': 'private, no-store' } },
      { headers: { 'set-cookie': 'NEXT_LOCALE=nl; Path=/' } },
      { status: 404 },
      { status: 308, headers: { location: '/nl' } },
    ] as Answer[]) {
      live.answer = answer
      live.calls = 0
      await get(`${base}/nl`)
      await get(`${base}/nl`)
      expect(live.calls).toBe(2)
    }
  })

  it('should ask Next.js again once the catalog generation moved on', async () => {
    const { base, live } = await start()
    await get(`${base}/nl`)
    await get(`${base}/nl`)
    bumpLocalGeneration()
    live.answer = { chunks: ['<html>edited</html>'] }
    const after = await get(`${base}/nl`)
    expect(live.calls).toBe(2)
    expect(after.body.toString()).toBe('<html>edited</html>')
  })

  it('should store an answer under the generation its request started with', async () => {
    // The edit lands while Next.js renders: what it answered may predate the edit.
    const { base, live } = await start()
    live.answer = { chunks: ['<html>old</html>'], during: bumpLocalGeneration }
    await get(`${base}/nl`)
    live.answer = { chunks: ['<html>new</html>'] }
    const next = await get(`${base}/nl`)
    expect(live.calls).toBe(2)
    expect(next.body.toString()).toBe('<html>new</html>')
  })

  it('should ask Next.js again after maxAgeMs', async () => {
    let clock = 1_000_000
    const { base, live } = await start({ maxAgeMs: 10_000, now: () => clock })
    await get(`${base}/nl`)
    clock += 9_999
    await get(`${base}/nl`)
    expect(live.calls).toBe(1)
    clock += 2
    await get(`${base}/nl`)
    expect(live.calls).toBe(2)
  })

  it('should answer live and store nothing while the generation is unknown', async () => {
    let fail = true
    const { base, live } = await start({
      generation: async () => {
        if (fail) throw new Error('Redis is away')
        return '0'
      },
    })
    await get(`${base}/nl`)
    await get(`${base}/nl`)
    expect(live.calls).toBe(2)
    fail = false
    await get(`${base}/nl`)
    await get(`${base}/nl`)
    expect(live.calls).toBe(3)
  })

  it('should ask Next.js for identity and serve Brotli or gzip copies it made itself', async () => {
    const { base, live } = await start()
    const html = `<html>${'catalogue '.repeat(2000)}</html>`
    live.answer = { chunks: [html] }
    const first = await get(`${base}/nl`, { 'accept-encoding': 'gzip, br' })
    expect(live.seen[0]!['accept-encoding']).toBeUndefined()
    expect(first.body.toString()).toBe(html)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const br = await get(`${base}/nl`, { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toMatch(/Accept-Encoding/)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(html)
    expect(br.body.length).toBeLessThan(html.length / 10)
    const gzip = await get(`${base}/nl`, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(html)
    const plain = await get(`${base}/nl`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(html)
    expect(live.calls).toBe(1)
  })

  it('should answer HEAD from memory without a body', async () => {
    const { base, live } = await start()
    await get(`${base}/nl/voiceovers/sanne`)
    const head = await get(`${base}/nl/voiceovers/sanne`, {}, 'HEAD')
    expect(head.headers['x-front-cache']).toBe('hit')
    expect(head.body.length).toBe(0)
    expect(live.calls).toBe(1)
  })

  it('should give each repeat of an API answer its own request id, or the sane one the caller sent', async () => {
    const { base, live } = await start()
    live.answer = {
      headers: { 'x-request-id': 'first-one', 'content-type': 'application/json' },
      chunks: ['{}'],
    }
    await get(`${base}/api/voiceovers?limit=20`)
    const again = await get(`${base}/api/voiceovers?limit=20`)
    const mine = await get(`${base}/api/voiceovers?limit=20`, { 'x-request-id': 'support-case-1' })
    const hostile = await get(`${base}/api/voiceovers?limit=20`, { 'x-request-id': 'a b<script>' })
    expect(again.headers['x-front-cache']).toBe('hit')
    expect(again.headers['x-request-id']).toMatch(/^[0-9a-f]{16}$/)
    expect(mine.headers['x-request-id']).toBe('support-case-1')
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f]{16}$/)
  })

  it('should forget the least recently used answers beyond maxBytes', async () => {
    const { base, live, cache } = await start({ maxBytes: 8_000 })
    live.answer = { chunks: ['x'.repeat(900)] }
    for (const slug of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
      await get(`${base}/nl/voiceovers/${slug}`)
    }
    expect(cache.size().bytes).toBeLessThanOrEqual(8_000)
    live.calls = 0
    await get(`${base}/nl/voiceovers/j`)
    await get(`${base}/nl/voiceovers/a`)
    expect(live.calls).toBe(1)
  })

  it('should not store an answer over an eighth of maxBytes', async () => {
    const { base, live, cache } = await start({ maxBytes: 8_000 })
    live.answer = { chunks: ['y'.repeat(600), 'y'.repeat(600)] }
    const big = await get(`${base}/nl`)
    expect(big.body.length).toBe(1_200)
    await get(`${base}/nl`)
    expect(live.calls).toBe(2)
    expect(cache.size().entries).toBe(0)
  })
})

describe('front cache with the Redis generation', () => {
  const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true })
  const redisKey = redisGenerationKey(`v14:test:frontcache:${process.pid}:`)
  beforeAll(() => redis.connect())
  afterAll(async () => {
    await redis.del(redisKey)
    await redis.quit()
  })

  it('should ask Next.js again once another process moved the shared generation on', async () => {
    const { base, live } = await start({ generation: generationReader({ redis, redisKey }) })
    await get(`${base}/nl`)
    await get(`${base}/nl`)
    expect(live.calls).toBe(1)
    // What expireCacheTags does in the worker, the seed or another instance.
    await redis.incr(redisKey)
    await get(`${base}/nl`)
    expect(live.calls).toBe(2)
  })
})
