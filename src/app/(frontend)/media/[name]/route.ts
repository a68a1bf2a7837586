import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { resolveByteRange } from '@/domain/byteRange'
import { fileEtag, notModified, publicMediaType } from '@/domain/publicMedia'
import { env } from '@/env'

/** Files up to this size are kept in memory after their first request (their names never change). */
const MEMORY_LIMIT_BYTES = 2 * 1024 * 1024
const MEMORY_BUDGET_BYTES = 64 * 1024 * 1024

type Cached = { etag: string; bytes: Buffer }
const memory = new Map<string, Cached>()
let memoryBytes = 0

const remember = (file: string, entry: Cached) => {
  // Oldest first: a Map iterates in insertion order.
  while (memoryBytes + entry.bytes.length > MEMORY_BUDGET_BYTES && memory.size > 0) {
    const [oldest, old] = memory.entries().next().value as [string, Cached]
    memory.delete(oldest)
    memoryBytes -= old.bytes.length
  }
  memory.set(file, entry)
  memoryBytes += entry.bytes.length
}

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * Public media (photos, demo previews, waveform peaks) from the local public store, like a CDN: no
 * database work (names are random and never reused, see randomizeFilename, so the file on disk is
 * the only truth and may be cached for a year), Range (RFC 9110 §14), ETag/Last-Modified with 304,
 * `nosniff`. Original demo recordings are not served here (publicMediaType). Only used when the
 * public store is local disk; with Vercel Blob or S3 the pages link to the store's URL instead.
 */
const serve = async (request: Request, name: string, head: boolean): Promise<Response> => {
  const type = publicMediaType(name)
  if (!type) return notFound()
  const file = path.join(env.publicMediaDir, name)
  const stat = await fsp.stat(file).catch(() => null)
  if (!stat?.isFile()) return notFound()
  const etag = fileEtag(stat)
  const headers = new Headers({
    'Content-Type': type,
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': stat.mtime.toUTCString(),
  })
  const conditional = notModified({
    etag,
    mtimeMs: stat.mtimeMs,
    ifNoneMatch: request.headers.get('if-none-match'),
    ifModifiedSince: request.headers.get('if-modified-since'),
  })
  if (conditional) return new Response(null, { status: 304, headers })

  const range = resolveByteRange(stat.size, request.headers.get('range'))
  if (range.kind === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${stat.size}`)
    return new Response(null, { status: 416, headers })
  }
  const start = range.kind === 'partial' ? range.start : 0
  const end = range.kind === 'partial' ? range.end : stat.size - 1
  const length = stat.size === 0 ? 0 : end - start + 1
  const status = range.kind === 'partial' ? 206 : 200
  if (range.kind === 'partial') headers.set('Content-Range', `bytes ${start}-${end}/${stat.size}`)
  headers.set('Content-Length', String(length))
  if (head) return new Response(null, { status, headers })

  if (stat.size <= MEMORY_LIMIT_BYTES) {
    let cached = memory.get(file)
    if (cached?.etag !== etag) {
      cached = { etag, bytes: await fsp.readFile(file) }
      remember(file, cached)
    }
    return new Response(
      new Uint8Array(cached.bytes.buffer as ArrayBuffer, cached.bytes.byteOffset + start, length),
      {
        status,
        headers,
      },
    )
  }
  const stream = fs.createReadStream(file, { start, end, highWaterMark: 1024 * 1024 })
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers })
}

type Context = { params: Promise<{ name: string }> }

// Next.js route handlers are named after the HTTP method.
export const GET = async (request: Request, { params }: Context) =>
  serve(request, (await params).name, false)

export const HEAD = async (request: Request, { params }: Context) =>
  serve(request, (await params).name, true)
