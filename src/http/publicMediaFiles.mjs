// Plain JavaScript (types in JSDoc): the production server (scripts/start.mjs) runs it without a
// build step. The same rules serve /media/ under `next dev` and other hosts through the route in
// src/app/(frontend)/media/[name]/route.ts.
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

import { resolveByteRange } from '../domain/byteRange.mjs'
import {
  fileEtag,
  notModified,
  PUBLIC_MEDIA_PATH,
  publicMediaType,
} from '../domain/publicMedia.mjs'

/** Files up to this size are kept in memory after their first request (their names never change). */
const MEMORY_LIMIT_BYTES = 2 * 1024 * 1024
const MEMORY_BUDGET_BYTES = 64 * 1024 * 1024

/** How long a file's size and modification time are trusted without asking the disk again (ms): a
 * stored name never gets other bytes, so this only bounds how long a deleted file is still served
 * (from memory). It spares most requests a stat() in libuv's thread pool. */
const STAT_TTL_MS = 1_000
const STAT_CACHE_ENTRIES = 10_000

/**
 * The local public media directory, as src/env.ts resolves it: PUBLIC_MEDIA_DIR, else
 * DATA_DIR/media (DATA_DIR default `data`), relative paths from PROJECT_ROOT (default: the working
 * directory).
 *
 * @param {Record<string, string | undefined>} source the environment (process.env)
 * @returns {string}
 */
export const publicMediaDirOf = (source) => {
  const root = source.PROJECT_ROOT ? path.resolve(source.PROJECT_ROOT) : process.cwd()
  /** @param {string} p */
  const from = (p) => (path.isAbsolute(p) ? p : path.resolve(root, p))
  return from(source.PUBLIC_MEDIA_DIR || path.join(from(source.DATA_DIR || 'data'), 'media'))
}

/**
 * A Node.js request handler for public media on local disk, for the production server to call
 * before Next.js: `GET`/`HEAD /media/<name>` of a file the public route may serve
 * (publicMediaType) that exists is answered here — no database, no framework, small files from
 * memory, large ones streamed — with the headers of a CDN: a year-long immutable cache (names are
 * random and never reused), nosniff, ETag/Last-Modified with 304, Range (RFC 9110 §14, 206/416).
 * Resolves `false` for anything else, which the caller hands to Next.js (whose route answers 404
 * the same way).
 *
 * @param {{ dir: string, now?: () => number }} options the public media directory (publicMediaDirOf);
 *   the clock (ms) that bounds how long a file's stat is reused (STAT_TTL_MS)
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>}
 */
export const publicMediaHandler = ({ dir, now = Date.now }) => {
  /** @type {Map<string, { etag: string; bytes: Buffer; headers: string[] }>} */
  const memory = new Map()
  let memoryBytes = 0
  /** @type {Map<string, { stat: import('node:fs').Stats; at: number }>} */
  const stats = new Map()
  const prefix = `${PUBLIC_MEDIA_PATH}/`

  /** @param {string} file */
  const statOf = async (file) => {
    const known = stats.get(file)
    if (known && now() - known.at < STAT_TTL_MS) return known.stat
    const stat = await fsp.stat(file).catch(() => null)
    if (!stat?.isFile()) {
      stats.delete(file)
      return null
    }
    if (stats.size >= STAT_CACHE_ENTRIES) stats.clear()
    stats.set(file, { stat, at: now() })
    return stat
  }

  return async (req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(prefix))
      return false
    const query = req.url.indexOf('?')
    let name
    try {
      name = decodeURIComponent(req.url.slice(prefix.length, query < 0 ? undefined : query))
    } catch {
      return false
    }
    const type = publicMediaType(name)
    if (!type) return false
    const file = path.join(dir, name)
    const stat = await statOf(file)
    if (!stat) return false

    const etag = fileEtag(stat)
    // The common case — a whole small file already in memory, no conditions — in one writeHead with
    // the header block built when the file was read.
    const held = memory.get(file)
    if (
      held?.etag === etag &&
      req.method === 'GET' &&
      req.headers.range === undefined &&
      req.headers['if-none-match'] === undefined &&
      req.headers['if-modified-since'] === undefined
    ) {
      res.writeHead(200, held.headers)
      res.end(held.bytes)
      return true
    }
    res.setHeader('Content-Type', type)
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Accept-Ranges', 'bytes')
    res.setHeader('ETag', etag)
    res.setHeader('Last-Modified', stat.mtime.toUTCString())
    const ifNoneMatch = req.headers['if-none-match'] ?? null
    const ifModifiedSince = req.headers['if-modified-since'] ?? null
    if (notModified({ etag, mtimeMs: stat.mtimeMs, ifNoneMatch, ifModifiedSince })) {
      res.statusCode = 304
      res.end()
      return true
    }
    const range = resolveByteRange(stat.size, req.headers.range)
    if (range.kind === 'unsatisfiable') {
      res.statusCode = 416
      res.setHeader('Content-Range', `bytes */${stat.size}`)
      res.end()
      return true
    }
    const start = range.kind === 'partial' ? range.start : 0
    const end = range.kind === 'partial' ? range.end : stat.size - 1
    const length = stat.size === 0 ? 0 : end - start + 1
    res.statusCode = range.kind === 'partial' ? 206 : 200
    if (range.kind === 'partial')
      res.setHeader('Content-Range', `bytes ${start}-${end}/${stat.size}`)
    res.setHeader('Content-Length', String(length))
    if (req.method === 'HEAD' || length === 0) {
      res.end()
      return true
    }

    if (stat.size <= MEMORY_LIMIT_BYTES) {
      let cached = memory.get(file)
      if (cached?.etag !== etag) {
        const bytes = await fsp.readFile(file)
        const headers = [
          ...Object.entries(res.getHeaders()).flatMap(([n, v]) =>
            n === 'content-length' || n === 'content-range' ? [] : [n, String(v)],
          ),
          'content-length',
          String(bytes.length),
        ]
        cached = { etag, bytes, headers }
        // Oldest first: a Map iterates in insertion order.
        for (const [key, old] of memory) {
          if (memoryBytes + cached.bytes.length <= MEMORY_BUDGET_BYTES) break
          memory.delete(key)
          memoryBytes -= old.bytes.length
        }
        memory.set(file, cached)
        memoryBytes += cached.bytes.length
      }
      res.end(cached.bytes.subarray(start, end + 1))
      return true
    }
    const stream = fs.createReadStream(file, { start, end, highWaterMark: 256 * 1024 })
    stream.on('error', () => res.destroy())
    res.on('close', () => stream.destroy())
    stream.pipe(res)
    return true
  }
}
