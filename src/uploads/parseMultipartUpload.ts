import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import Busboy from 'busboy'
import type { File as PayloadFile, PayloadRequest } from 'payload'

import { isUserError, UserError } from '@/errors/UserError'

export type ParsedUpload = {
  /** Payload's file shape, backed by a temp file (the bytes never sit in memory). */
  file: PayloadFile & { tempFilePath: string }
  /** `_payload` JSON merged with the plain form fields the caller allows. */
  data: Record<string, unknown>
  cleanup: () => Promise<void>
}

/**
 * Parses a multipart upload for the private collections: the file is streamed to a temp file and
 * refused with 413 the moment it passes `maxBytes` (never truncated), and plain form fields such as
 * `booking` are accepted next to Payload's `_payload` JSON.
 */
export const parseMultipartUpload = async ({
  req,
  maxBytes,
  fields: allowedFields,
  tmpDir,
}: {
  req: PayloadRequest
  maxBytes: number
  fields: readonly string[]
  tmpDir: string
}): Promise<ParsedUpload> => {
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.startsWith('multipart/form-data') || !req.body) {
    throw new UserError({ key: 'upload.notMultipart' }, 400)
  }
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxBytes + 1024 * 1024) {
    throw new UserError(
      { key: 'upload.tooLarge', values: { mb: Math.round(maxBytes / 1024 / 1024) } },
      413,
    )
  }
  await fsp.mkdir(tmpDir, { recursive: true })

  const busboy = Busboy({
    headers: { 'content-type': contentType },
    // RFC 7578 §4.2: browsers send the file name as raw UTF-8 in `filename="…"`; busboy would
    // otherwise read it as Latin-1 (`Łódź` → `Å\x81Ã³dÅº`). `filename*` (RFC 5987) still wins.
    defParamCharset: 'utf8',
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 64 * 1024 },
  })
  const data: Record<string, unknown> = {}
  let file: ParsedUpload['file'] | undefined
  const tempPaths: string[] = []
  const writes: Promise<void>[] = []
  let failure: Error | undefined

  const cleanup = async () => {
    await Promise.all(tempPaths.map((p) => fsp.rm(p, { force: true })))
  }

  let abort: (error: Error) => void = () => undefined
  const source = Readable.fromWeb(req.body as unknown as WebReadableStream<Uint8Array>)
  const done = new Promise<void>((resolve, reject) => {
    abort = (error: Error) => {
      failure ??= error
      source.unpipe(busboy)
      source.destroy()
      busboy.destroy()
      reject(failure)
    }
    busboy.on('field', (name, value) => {
      if (name === '_payload') {
        try {
          Object.assign(data, JSON.parse(value))
        } catch {
          failure ??= new UserError({ key: 'upload.payloadNotJson' }, 400)
        }
      } else if (allowedFields.includes(name)) {
        data[name] = value
      }
    })
    busboy.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume()
        return
      }
      const tempFilePath = path.join(tmpDir, `upload-${crypto.randomBytes(12).toString('hex')}`)
      tempPaths.push(tempFilePath)
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
      })
      stream.on('limit', () => {
        // Refuse at once (413) rather than read the rest or keep a truncated file.
        const tooLarge = new UserError(
          { key: 'upload.tooLarge', values: { mb: Math.round(maxBytes / 1024 / 1024) } },
          413,
        )
        failure ??= tooLarge
        // Busboy still touches the file stream right after emitting 'limit': tear down afterwards.
        setImmediate(() => {
          stream.destroy(tooLarge)
          abort(tooLarge)
        })
      })
      const out = fs.createWriteStream(tempFilePath)
      writes.push(
        pipeline(stream, out).then(
          () => {
            file = {
              data: Buffer.alloc(0),
              mimetype: info.mimeType,
              name: info.filename || 'upload',
              size,
              tempFilePath,
            }
          },
          (error: Error) => {
            failure ??= error
          },
        ),
      )
    })
    busboy.on('error', (error: Error) => reject(failure ?? error))
    busboy.on('close', () => resolve())
  })

  try {
    await Promise.all([
      pipeline(source, busboy).catch((error: Error) => {
        failure ??= error
      }),
      done.catch((error: Error) => {
        failure ??= error
      }),
    ])
    await Promise.all(writes)
    if (failure) throw failure
    if (!file) throw new UserError({ key: 'upload.noFile' }, 400)
    if (file.size === 0) throw new UserError({ key: 'upload.empty' }, 400)
    return { file, data, cleanup }
  } catch (error) {
    await cleanup()
    if (isUserError(error)) throw error
    throw new UserError({ key: 'upload.unreadable' }, 400)
  }
}
