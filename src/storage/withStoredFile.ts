import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import type { PayloadRequest } from 'payload'

import type { CollectionSlug } from '@/slugs'

type StoredDoc = { filename?: string | null }

/** The stored bytes of an upload could not be read (missing, or the store answered an error). */
export class StoredFileMissing extends Error {}

/**
 * Copies the stored file of one upload document into a temporary file, runs `read` on its path and
 * removes the temporary file again, whatever `read` did. Reads the bytes the way the file route does:
 * from the collection's local directory when it stores locally, else through the cloud storage
 * adapter's static handler (S3, UploadThing), which the storage plugin appends as the last of the
 * collection's file-route handlers — called directly, with the document, so no download is audited
 * and no access is checked (the caller is the system). Throws {@link StoredFileMissing} when the file
 * isn't there; errors of `read` pass through.
 */
export const withStoredFile = async <T>({
  req,
  collection,
  doc,
  read,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  doc: StoredDoc
  read: (filePath: string) => Promise<T>
}): Promise<T> => {
  const filename = doc.filename
  if (!filename) throw new StoredFileMissing('The document has no file.')
  const upload = req.payload.collections[collection].config.upload
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'v14-stored-'))
  const temp = path.join(dir, 'file')
  try {
    if (typeof upload === 'object' && !upload.disableLocalStorage && upload.staticDir) {
      const root = path.resolve(upload.staticDir)
      const source = path.resolve(root, filename)
      if (!source.startsWith(root + path.sep)) throw new StoredFileMissing('Invalid file name.')
      await fsp.copyFile(source, temp).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new StoredFileMissing(`${filename} is not on disk.`) : error
      })
    } else {
      const handler = typeof upload === 'object' ? upload.handlers?.at(-1) : undefined
      if (!handler) throw new StoredFileMissing('The collection has no storage handler.')
      // A request without a Range header: the whole file.
      const plain = { ...req, headers: new Headers() } as PayloadRequest
      const res = await handler(plain, {
        doc: doc as never,
        headers: new Headers(),
        params: { collection, filename },
      })
      if (!(res instanceof Response) || !res.ok || !res.body) {
        throw new StoredFileMissing(
          `The store answered ${res instanceof Response ? res.status : 'nothing'} for ${filename}.`,
        )
      }
      await pipeline(
        Readable.fromWeb(res.body as unknown as WebReadableStream),
        fs.createWriteStream(temp),
      )
    }
    return await read(temp)
  } finally {
    await fsp.rm(dir, { recursive: true, force: true })
  }
}
