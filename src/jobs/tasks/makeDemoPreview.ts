import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PayloadRequest, TaskConfig } from 'payload'

import { env } from '@/env'
import type { Media } from '@/payload-types'
import { slugs } from '@/slugs'
import { putPublicFile } from '@/storage/publicStore'
import { publicStoreKind } from '@/storage/publicUrls'
import { makeDemoPreview, PreviewError } from '@/uploads/demoPreview'

export const DEMO_PREVIEW_TASK = 'makeDemoPreview'

type Outcome = 'ready' | 'failed' | 'stale'

/** `<random>-name.wav` → `<random>-name`: the previews are named after their original. */
const stem = (filename: string) => filename.replace(/\.[^.]*$/, '')

/**
 * The original on local disk, or downloaded from the cloud store's public URL into a temp file.
 * Returns the path and a clean-up.
 */
const localCopy = async (doc: Media): Promise<{ file: string; done: () => Promise<void> }> => {
  if (publicStoreKind(env) === 'local') {
    return { file: path.join(env.publicMediaDir, doc.filename!), done: async () => {} }
  }
  if (!doc.url) throw new PreviewError('The original has no URL to read it from.')
  const res = await fetch(doc.url)
  if (!res.ok) throw new PreviewError(`The original could not be read (${res.status}).`)
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'v14-original-'))
  const file = path.join(dir, 'original')
  await fsp.writeFile(file, Buffer.from(await res.arrayBuffer()))
  return { file, done: () => fsp.rm(dir, { recursive: true, force: true }) }
}

const record = (req: PayloadRequest, id: number, preview: Partial<NonNullable<Media['preview']>>) =>
  // System write: the preview fields are written by the server only (field access: nobody).
  req.payload.update({
    collection: slugs.media,
    id,
    data: { preview },
    overrideAccess: true,
    depth: 0,
    req,
  })

/**
 * Makes the streaming preview (MP3 128 kbit/s) and waveform peaks of an uploaded demo and stores
 * them beside it in the public store (`<name>.preview.mp3`, `<name>.peaks.json`), then records them
 * on the media document (`preview`, status `ready`). A file ffmpeg cannot decode is recorded as
 * `failed` with ffmpeg's reason, and the job completes (no retry, the queue goes on). Running it
 * twice overwrites the same two files with the same result. A media document that is gone or
 * holds another file by now (`stale`) is left alone.
 */
export const makeDemoPreviewTask: TaskConfig<{
  input: { media: number; filename: string }
  output: { outcome: Outcome }
}> = {
  slug: DEMO_PREVIEW_TASK,
  label: 'Make a demo preview and waveform',
  inputSchema: [
    { name: 'media', type: 'number', required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    // System read: the job acts for the agency on a file an admin uploaded.
    const doc = await req.payload
      .findByID({ collection: slugs.media, id: input.media, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!doc || doc.filename !== input.filename) return { output: { outcome: 'stale' as const } }
    try {
      const source = await localCopy(doc)
      const made = await makeDemoPreview({
        sourcePath: source.file,
        channels: doc.audio?.channels,
      }).finally(source.done)
      const filename = `${stem(doc.filename)}.preview.mp3`
      const peaksFilename = `${stem(doc.filename)}.peaks.json`
      const url = await putPublicFile({
        env,
        filename,
        body: made.mp3,
        contentType: 'audio/mpeg',
      })
      const peaksUrl = await putPublicFile({
        env,
        filename: peaksFilename,
        body: Buffer.from(JSON.stringify(made.peaks)),
        contentType: 'application/json',
      })
      await record(req, doc.id, {
        status: 'ready',
        error: null,
        filename,
        url,
        mimeType: 'audio/mpeg',
        bitrate: made.bitrate,
        filesize: made.mp3.length,
        peaksFilename,
        peaksUrl,
      })
      return { output: { outcome: 'ready' as const } }
    } catch (error) {
      // Only a file ffmpeg refuses is final; a store or database error throws, so the job retries.
      if (!(error instanceof PreviewError)) throw error
      await record(req, doc.id, { status: 'failed', error: error.message.slice(0, 500) })
      return { output: { outcome: 'failed' as const } }
    }
  },
}
