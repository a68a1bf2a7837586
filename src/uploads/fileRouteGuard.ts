import fsp from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, UploadConfig } from 'payload'

import { resolveByteRange } from '@/domain/byteRange'
import { sentenceFor } from '@/errors/sentenceFor'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

type StoredFile = {
  filename?: string | null
  purgedAt?: string | null
  filesize?: number | null
  sizes?: Record<string, { filename?: string | null; filesize?: number | null } | undefined>
}

/** The byte size of `filename` — the upload itself or one of its image sizes. */
const sizeIn = (doc: StoredFile | undefined, filename: string): number => {
  if (!doc) return NaN
  if (doc.filename === filename) return Number(doc.filesize)
  const variant = Object.values(doc.sizes ?? {}).find((s) => s?.filename === filename)
  return Number(variant?.filesize)
}

/**
 * The stored file behind `filename`. Payload hands the doc to handlers only when read access is a
 * query; for public collections (`read: anyone`) it hands nothing, so look it up — a system lookup,
 * since the file route has already granted access to this file.
 */
const findStoredFile = async (
  req: PayloadRequest,
  collection: string,
  filename: string,
): Promise<StoredFile | undefined> => {
  const upload = req.payload.collections[collection as 'media']?.config.upload
  const sizeNames = (typeof upload === 'object' && upload.imageSizes?.map((s) => s.name)) || []
  const found = await req.payload.find({
    collection: collection as 'media',
    where: {
      or: [
        { filename: { equals: filename } },
        ...sizeNames.map((name) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return found.docs[0] as StoredFile | undefined
}

/** The size of the file on local disk, or null when it isn't there (local storage only). */
const localSize = async (req: PayloadRequest, collection: string, filename: string) => {
  const upload = req.payload.collections[collection as 'media']?.config.upload
  if (typeof upload !== 'object' || upload.disableLocalStorage || !upload.staticDir) {
    return undefined
  }
  const dir = path.resolve(upload.staticDir)
  const file = path.resolve(dir, filename)
  if (!file.startsWith(dir + path.sep)) return null
  try {
    const stat = await fsp.stat(file)
    return stat.isFile() ? stat.size : null
  } catch {
    return null
  }
}

/**
 * The first file-route handler of every upload collection, after Payload's access check:
 * - a file the retention job purged (`purgedAt` set) answers 410 with a sentence saying so;
 * - a file that isn't on local disk answers 404 (Payload answers a 500 and logs an error for a
 *   mistyped or stale public file name); cloud stores answer their own 404;
 * - the `Range` header is rewritten to the canonical `bytes=start-end` that RFC 9110 makes of it
 *   for this file (`resolveByteRange`), or removed when it must be ignored, before the download audit
 *   and the storage handler (local disk, S3, Blob, UploadThing) read it: they answer 416 to ranges
 *   RFC 9110 serves (a suffix longer than the file) or ignores (malformed, multi-range).
 * Returns a Response only to refuse; otherwise nothing, so the next handler serves the file.
 */
const guard = async (
  req: PayloadRequest,
  { doc, params }: { doc: unknown; params: { collection: string; filename: string } },
): Promise<Response | undefined> => {
  const onDisk = await localSize(req, params.collection, params.filename)
  // No bytes on disk (or a cloud store): a file the retention rule removed answers 410 with why.
  if (onDisk === null || onDisk === undefined) {
    const stored =
      (doc as StoredFile | undefined) ??
      (await findStoredFile(req, params.collection, params.filename))
    if (stored?.purgedAt) {
      return Response.json(
        {
          errors: [
            { message: sentenceFor(req, { key: 'upload.purged' }), data: { key: 'upload.purged' } },
          ],
        },
        { status: 410 },
      )
    }
  }
  if (onDisk === null) {
    return Response.json(
      { errors: [{ message: sentenceFor(req, { key: 'common.notFound' }) }] },
      { status: 404 },
    )
  }
  const header = req.headers.get('range')
  if (!header) return
  const size =
    onDisk ??
    sizeIn(
      (doc as StoredFile | undefined) ??
        (await findStoredFile(req, params.collection, params.filename)),
      params.filename,
    )
  if (!Number.isFinite(size) || size < 0) return
  const range = resolveByteRange(size, header)
  if (range.kind === 'full') req.headers.delete('range')
  else if (range.kind === 'unsatisfiable') req.headers.set('range', `bytes=${size}-`)
  else req.headers.set('range', `bytes=${range.start}-${range.end}`)
}

// Payload's handler type says Promise<void>, yet it serves any Response a handler resolves to.
export const fileRouteGuard: FileHandler = (req, args) => guard(req, args) as Promise<void>
