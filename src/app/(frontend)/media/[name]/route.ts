import fsp from 'node:fs/promises'
import path from 'node:path'

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

const CHUNK_BYTES = 512 * 1024

/**
 * Bytes `start`…`end` (inclusive) of `file` as a web stream that reads only when the response asks
 * for more (pull), so a client that goes away mid-download just stops the reads: Node's
 * `Readable.toWeb` pushes into a stream the client already cancelled and throws
 * ERR_INVALID_STATE as an uncaught exception.
 */
const fileStream = (file: string, start: number, end: number): ReadableStream<Uint8Array> => {
  let handle: fsp.FileHandle | null = null
  let position = start
  const release = async () => {
    const open = handle
    handle = null
    await open?.close().catch(() => undefined)
  }
  return new ReadableStream<Uint8Array>({
    start: async () => {
      handle = await fsp.open(file, 'r')
    },
    pull: async (controller) => {
      const remaining = end + 1 - position
      if (!handle) return
      if (remaining <= 0) {
        await release()
        controller.close()
        return
      }
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, remaining))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position)
      if (bytesRead === 0) {
        await release()
        controller.close()
        return
      }
      position += bytesRead
      controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead))
    },
    cancel: release,
  })
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
  return new Response(fileStream(file, start, end), { status, headers })
}

type Context = { params: Promise<{ name: string }> }

// Next.js route handlers are named after the HTTP method.
export const GET = async (request: Request, { params }: Context) =>
  serve(request, (await params).name, false)

export const HEAD = async (request: Request, { params }: Context) =>
  serve(request, (await params).name, true)
