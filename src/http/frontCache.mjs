// Plain JavaScript: the production server (scripts/start.mjs) runs it in front of Next.js, and the
// app imports its generation helpers (src/cache/expireCacheTags.ts) and its path rules
// (src/http/publicReadCache.ts).
//
// The front cache: the production server keeps the last answer to an anonymous GET of a public page
// or public catalog API read in memory and answers the next such request itself, before Next.js —
// what a reverse proxy's micro-cache (nginx `proxy_cache`, Varnish) does in front of an origin.
// Next.js still renders and caches those pages (ISR); this layer only spares each repeat request
// Next's router and render-result pipeline, which measured as most of what a cached page cost
// (issue 14). It is coherent with Next's cache: every entry records the catalog's *generation* when
// its request started, and expireCacheTags() bumps that generation (in this process, and in Redis
// for every instance) right after it expired Next's entries, so an answer stored before an edit is
// never served after it. An entry also lives at most `maxAgeMs`, after which Next is asked again
// (its own time-based revalidation then applies as before).
//
// Why not a library: the maintained response caches for Node (cacheable-response, keyv-based ones)
// wrap a function that returns the data; here the answer is written by Next.js into the response, and
// what decides validity is our tag generation, not a TTL alone.
import zlib from 'node:zlib'

import { requestIdFor } from './requestId.mjs'
import { carriesSessionHeaders } from './staticPages.mjs'

/** Pages served from the front cache: catalog `/nl` (with or without filters), profiles, and the
 * internal route of a catalog query. Anything else (account pages, the booking form) never is. */
const PUBLIC_PAGE = /^\/(?:nl|en)(?:\/(?:voiceovers|catalog)\/[^/]+)?$/

/**
 * REST reads whose anonymous answer is the same for every visitor and changes only with the catalog
 * (an artist, a language, an accent, media, the pricing rules — each expires the `catalog` tag):
 * lists and single documents of artists and the catalog vocabulary. src/http/publicReadCache.ts
 * caches the same reads in Next's data cache.
 */
export const CACHED_PUBLIC_READ = /^\/api\/(?:voiceovers|languages|accents)(?:\/[^/]+)?\/?$/

/** Longer request targets are answered live: each distinct one is a cache entry. */
export const MAX_CACHED_QUERY_LENGTH = 512

/** Request headers of Next's client router (RSC payloads, prefetches, server actions): such a
 * request wants another answer than the HTML of the same URL, and goes to Next.js. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
]

/** Headers that belong to one connection or one answer, never stored. */
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
  'set-cookie',
  'x-front-cache',
  // How Next found the page (MISS, HIT, STALE) when it answered; a repeat from memory would say so
  // wrongly. x-front-cache: hit says where a repeat came from.
  'x-nextjs-cache',
])

/**
 * The cache key of a request, or null when the front cache must leave it to Next.js.
 * Cached: GET and HEAD, without a session (`payload-token` cookie or Authorization: an answer that
 * may differ per person is never shared), without Next's router headers, `_rsc` or `Range`, of a
 * public page or a public catalog API read, with a target of at most 512 characters after the path.
 * Input: the request's method, target (`/nl?gender=female`) and Node's lower-cased header object.
 * Output: `<host> <target>` (the host keeps two sites on one server apart), or null.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @returns {string | null}
 */
export const frontCacheKeyOf = ({ method, url, headers }) => {
  if (method !== 'GET' && method !== 'HEAD') return null
  if (!url) return null
  const cookie = headers.cookie
  const authorization = headers.authorization
  if (
    carriesSessionHeaders({
      cookie: Array.isArray(cookie) ? cookie.join('; ') : cookie,
      authorization: Array.isArray(authorization) ? authorization.join(', ') : authorization,
    })
  )
    return null
  if (headers.range !== undefined) return null
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null
  const queryAt = url.indexOf('?')
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
  const search = queryAt === -1 ? '' : url.slice(queryAt)
  if (search.length > MAX_CACHED_QUERY_LENGTH) return null
  if (/[?&]_rsc(?:=|&|$)/.test(search)) return null
  if (!PUBLIC_PAGE.test(pathname) && !CACHED_PUBLIC_READ.test(pathname)) return null
  return `${headers.host ?? ''} ${url}`
}

/** Where this process keeps its own catalog generation (shared by the app bundle and npm start). */
const LOCAL_GENERATION_KEY = Symbol.for('14voices.frontCacheGeneration')

/** The Redis key of the shared catalog generation, under one deployment's cache prefix
 * (src/cache/redisCache.mjs cacheKeyPrefix). */
export const redisGenerationKey = (keyPrefix) => `${keyPrefix}front-cache-generation`

/** This process's catalog generation: how often expireCacheTags() ran here. */
export const localGeneration = () => globalThis[LOCAL_GENERATION_KEY] ?? 0

/**
 * Marks every answer this process's front cache holds as out of date. Called by expireCacheTags()
 * after Next's own entries were expired (never before: a request in between would store Next's old
 * answer under the new generation).
 */
export const bumpLocalGeneration = () => {
  globalThis[LOCAL_GENERATION_KEY] = localGeneration() + 1
}

/**
 * The current generation as one string: this process's counter, and with `redis` (an ioredis
 * client) the shared counter at `redisKey` as well, read on every call — so an edit on another
 * instance, the worker or the seed is seen by the next request here. Rejects when Redis does not
 * answer (the caller then answers live and stores nothing).
 * @param {{ redis?: { get(key: string): Promise<string | null> } | null, redisKey?: string }} [options]
 * @returns {() => Promise<string>}
 */
export const generationReader =
  ({ redis = null, redisKey = '' } = {}) =>
  async () => {
    const local = localGeneration()
    if (!redis) return `${local}`
    return `${local}:${(await redis.get(redisKey)) ?? 0}`
  }

/**
 * The encodings a request accepts, best first, among those the cache keeps: Brotli, then gzip.
 * `q=0` refuses one (RFC 9110 §12.5.3).
 * @param {string | undefined} header
 * @returns {('br' | 'gzip')[]}
 */
export const acceptedEncodings = (header) => {
  if (!header) return []
  const accepted = new Map()
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    accepted.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return /** @type {('br' | 'gzip')[]} */ (['br', 'gzip'].filter(ok))
}

const addVary = (value, name) => {
  const current = value ? String(value) : ''
  if (current.split(',').some((v) => v.trim().toLowerCase() === name.toLowerCase())) return current
  return current ? `${current}, ${name}` : name
}

const chunkOf = (chunk, encoding) =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)

/**
 * Creates the front cache.
 * Input:
 *  - `generation`: resolves to the current catalog generation (generationReader);
 *  - `maxAgeMs`: the longest an entry is served without asking Next.js again (default 10 s);
 *  - `maxBytes`: memory for bodies, least recently used entries go first (default 64 MB; one
 *    answer over an eighth of it is not stored);
 *  - `now`: the clock (ms).
 * Output: `{ handle(req, res, live), size() }`. `handle` answers a cacheable request from
 * memory when it holds a current entry (header `x-front-cache: hit`); otherwise it calls `live()`
 * (Next.js) and stores the answer when it is a 200 meant for every visitor (`Cache-Control: public`,
 * no cookie set). A stored answer is kept uncompressed; Brotli and gzip copies are made once, in the
 * background, and served to requests that accept them (`Vary: Accept-Encoding`).
 * @param {{ generation: () => Promise<string>, maxAgeMs?: number, maxBytes?: number,
 *   now?: () => number }} options
 */
export const createFrontCache = ({
  generation,
  maxAgeMs = 10_000,
  maxBytes = 64 * 1024 * 1024,
  now = Date.now,
}) => {
  /** @type {Map<string, { status: number, headers: [string, string | string[]][], body: Buffer,
   *   br?: Buffer, gzip?: Buffer, generation: string, storedAt: number }>} */
  const entries = new Map()
  let bytes = 0

  const remove = (key) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.body.length + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0)
  }

  const evict = () => {
    for (const key of entries.keys()) {
      if (bytes <= maxBytes) return
      remove(key)
    }
  }

  const compress = (key, entry) => {
    zlib.brotliCompress(
      entry.body,
      { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
      (brError, br) => {
        zlib.gzip(entry.body, { level: 6 }, (gzipError, gzip) => {
          if (entries.get(key) !== entry) return
          if (!brError) entry.br = br
          if (!gzipError) entry.gzip = gzip
          bytes += (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0)
          evict()
        })
      },
    )
  }

  const send = (req, res, key, entry) => {
    let body = entry.body
    let encoding = null
    for (const wanted of acceptedEncodings(req.headers['accept-encoding'])) {
      if (entry[wanted]) {
        body = entry[wanted]
        encoding = wanted
        break
      }
    }
    res.statusCode = entry.status
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    res.setHeader('vary', addVary(res.getHeader('vary'), 'Accept-Encoding'))
    if (encoding) res.setHeader('content-encoding', encoding)
    // An API answer's request id names one request: a repeat gets its own, as src/http/restRoute.ts
    // would give it (the caller's own if sane).
    if (res.hasHeader('x-request-id')) {
      const incoming = req.headers['x-request-id']
      res.setHeader('x-request-id', requestIdFor(Array.isArray(incoming) ? incoming[0] : incoming))
    }
    res.setHeader('content-length', body.length)
    res.setHeader('x-front-cache', 'hit')
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /** Records what `live` writes into `res` and stores it once the answer is complete. */
  const capture = (req, res, key, generationAtStart) => {
    const chunks = []
    let size = 0
    let tooLarge = false
    const limit = maxBytes / 8
    const keep = (chunk, encoding) => {
      if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return
      const buffer = chunkOf(chunk, encoding)
      size += buffer.length
      if (size > limit) {
        tooLarge = true
        chunks.length = 0
        return
      }
      chunks.push(buffer)
    }
    const write = res.write
    const end = res.end
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding)
      return write.call(this, chunk, encoding, callback)
    }
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding)
      return end.call(this, chunk, encoding, callback)
    }
    res.once('finish', () => {
      if (tooLarge || req.method !== 'GET' || res.statusCode !== 200) return
      if (res.hasHeader('set-cookie') || res.hasHeader('content-encoding')) return
      if (!/^\s*public\b/i.test(String(res.getHeader('cache-control') ?? ''))) return
      const headers = Object.entries(res.getHeaders())
        .filter(([name, value]) => !NOT_STORED.has(name) && value !== undefined)
        .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)])
      remove(key)
      const body = Buffer.concat(chunks)
      const entry = { status: 200, headers, body, generation: generationAtStart, storedAt: now() }
      entries.set(key, entry)
      bytes += body.length
      evict()
      compress(key, entry)
    })
  }

  return {
    /**
     * Answers `req` from the cache or through `live` (which writes the answer into `res`).
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {() => Promise<void>} live
     */
    async handle(req, res, live) {
      const key = frontCacheKeyOf(req)
      if (!key) return live()
      let current
      try {
        current = await generation()
      } catch {
        // The shared generation is unknown (Redis does not answer): answer live, store nothing.
        return live()
      }
      const entry = entries.get(key)
      if (entry && entry.generation === current && now() - entry.storedAt < maxAgeMs) {
        // Most recently used last: eviction starts at the front.
        entries.delete(key)
        entries.set(key, entry)
        return send(req, res, key, entry)
      }
      remove(key)
      // Next.js would compress for this visitor; the cache keeps the plain answer and compresses
      // once itself, so Next is asked for identity.
      delete req.headers['accept-encoding']
      if (req.method === 'GET') capture(req, res, key, current)
      res.setHeader('x-front-cache', 'miss')
      return live()
    },
    /** `{ entries, bytes }` held now. */
    size: () => ({ entries: entries.size, bytes }),
  }
}
