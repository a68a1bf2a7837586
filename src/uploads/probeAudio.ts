import fs from 'node:fs'
import fsp from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { IAudioMetadata } from 'music-metadata'
import { parseBlob, parseBuffer } from 'music-metadata'

import { bufferReader, readPcmContainer } from '@/domain/audioContainer'
import { readMp4AacChannels } from '@/domain/audioMp4'
import type { ByteReader } from '@/domain/audioContainer'
import type { AudioProbe, ParsedFormat } from '@/domain/audioDecision'
import { isoBaseMediaTypes } from '@/domain/audioDecision'

const HEAD_BYTES = 4096
const PARSE_OPTIONS = { duration: true, skipCovers: true } as const

const formatOf = (metadata: IAudioMetadata): ParsedFormat => {
  const f = metadata.format
  return {
    container: f.container,
    codec: f.codec,
    sampleRate: f.sampleRate,
    bitsPerSample: f.bitsPerSample,
    numberOfChannels: f.numberOfChannels,
    duration: f.duration,
    hasVideo: f.hasVideo,
  }
}

/**
 * The parser only knows MP4 by some of its sniffed names (not `video/3gpp`, `video/quicktime`): for
 * any ISO base media file, name the MP4 parser; otherwise let it guess from the content.
 */
const parserHint = (sniffedMime: string | undefined) =>
  sniffedMime && isoBaseMediaTypes.has(sniffedMime) ? 'audio/mp4' : undefined

const aacChannels = (sniffedMime: string | undefined, size: number, read: ByteReader) =>
  sniffedMime && isoBaseMediaTypes.has(sniffedMime) ? readMp4AacChannels({ size, read }) : null

const parseError = (error: unknown) => ({
  error: error instanceof Error ? error.message : String(error),
})

/**
 * Reads an upload's bytes — a temp file (`tempFilePath`) or an in-memory buffer — into an
 * {@link AudioProbe} for `decideUpload`: the first 4 KB, the magic-byte type (file-type), the
 * WAVE/RF64/AIFF chunk check and music-metadata's format. The parser is given no file name or
 * content type, so it picks its parser from the content alone. Large temp files are never loaded
 * into memory (the parser reads a file-backed Blob, the chunk check a file handle). Never throws for a
 * bad file: parser errors are part of the probe.
 */
export const probeAudio = async (
  source: { tempFilePath: string } | { data: Uint8Array },
): Promise<AudioProbe> => {
  if ('data' in source) {
    const bytes = source.data
    const sniffedMime = (await fileTypeFromBuffer(bytes).catch(() => undefined))?.mime
    const parsed = await parseBuffer(bytes, parserHint(sniffedMime), PARSE_OPTIONS).then(
      formatOf,
      parseError,
    )
    return {
      head: bytes.subarray(0, HEAD_BYTES),
      sniffedMime,
      pcm: await readPcmContainer({ size: bytes.length, read: bufferReader(bytes) }),
      parsed,
      aacChannels: await aacChannels(sniffedMime, bytes.length, bufferReader(bytes)),
    }
  }
  const handle = await fsp.open(source.tempFilePath, 'r')
  try {
    const { size } = await handle.stat()
    const read: ByteReader = async (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
      return buffer.subarray(0, bytesRead)
    }
    const sniffedMime = (await fileTypeFromFile(source.tempFilePath).catch(() => undefined))?.mime
    // A file-backed Blob: random access without loading the file, and no name for the parser to
    // fall back on (its only type is the one sniffed from the content).
    const blob = await fs.openAsBlob(source.tempFilePath, { type: parserHint(sniffedMime) ?? '' })
    const parsed = await parseBlob(blob, PARSE_OPTIONS).then(formatOf, parseError)
    return {
      head: await read(0, HEAD_BYTES),
      sniffedMime,
      pcm: await readPcmContainer({ size, read }),
      parsed,
      aacChannels: await aacChannels(sniffedMime, size, read),
    }
  } finally {
    await handle.close()
  }
}
