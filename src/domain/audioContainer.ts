/**
 * Structural check of uncompressed audio containers — RIFF/WAVE, RF64 and BW64 (EBU Tech 3306,
 * ITU-R BS.2088), AIFF and AIFF-C (Apple AIFF 1.3) — straight from their chunk headers. The general
 * parser (music-metadata) reads neither RF64 nor WAVE_FORMAT_EXTENSIBLE correctly and does not
 * check that the data chunk is really there, so a RIFF/WAVE header followed by noise passed as
 * audio; this walks the chunks, checks the format chunk is self-consistent and that the sample data
 * the header declares is present in the file.
 */

/** Reads up to `length` bytes at `offset` (fewer at the end of the file). */
export type ByteReader = (offset: number, length: number) => Promise<Uint8Array>

export type PcmContainer =
  /** Not a WAVE/RF64/AIFF file: leave it to the general parser. */
  | { kind: 'other' }
  /** The container is broken; `detail` completes "This audio file is damaged: …". */
  | { kind: 'damaged'; container: 'WAV' | 'AIFF'; detail: string }
  /** A real container holding a codec we don't accept (ADPCM, µ-law, MP3-in-WAV…). */
  | { kind: 'codec'; container: 'WAV' | 'AIFF'; codec: string }
  | {
      kind: 'pcm'
      format: 'WAV' | 'RF64' | 'AIFF'
      codec: 'PCM' | 'IEEE float'
      sampleRateHz: number
      /** Valid bits per sample. */
      bitDepth: number
      channels: number
      /** Sample frames in the data chunk (0 = no sound). */
      frames: number
    }

const MAX_CHANNELS = 64
const MIN_RATE = 1000
const MAX_RATE = 768_000
const MAX_CHUNKS = 1000

const ascii = (b: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...Array.from(b.subarray(from, to)))

/** A chunk id is four printable ASCII characters (RIFF and IFF alike). */
const isChunkId = (b: Uint8Array) => b.length === 4 && b.every((c) => c >= 0x20 && c <= 0x7e)

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength)

/** WAVE_FORMAT_EXTENSIBLE sub-format GUIDs are {XXXXXXXX-0000-0010-8000-00AA00389B71}. */
const GUID_TAIL = [0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71]

const codecNames: Record<number, string> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'µ-law',
  0x0011: 'IMA ADPCM',
  0x0050: 'MPEG',
  0x0055: 'MP3',
  0x00ff: 'AAC',
}

type Fmt = {
  codec: 'PCM' | 'IEEE float'
  channels: number
  rate: number
  bits: number
  blockAlign: number
}

/** Checks a `fmt ` body; returns the format, a codec refusal or a damage detail. */
const readFmt = (body: Uint8Array): Fmt | { codec: string } | { detail: string } => {
  if (body.length < 16) return { detail: 'its format chunk is too short' }
  const v = view(body)
  let tag = v.getUint16(0, true)
  const channels = v.getUint16(2, true)
  const rate = v.getUint32(4, true)
  const byteRate = v.getUint32(8, true)
  const blockAlign = v.getUint16(12, true)
  const containerBits = v.getUint16(14, true)
  let bits = containerBits
  if (tag === 0xfffe) {
    if (body.length < 40) return { detail: 'its extensible format chunk is too short' }
    const validBits = v.getUint16(18, true)
    const guid = Array.from(body.subarray(24, 40))
    if (!GUID_TAIL.every((byte, i) => guid[4 + i] === byte) || guid[2] !== 0 || guid[3] !== 0)
      return { codec: 'an unknown codec' }
    tag = v.getUint16(24, true)
    if (validBits > 0) {
      if (validBits > containerBits) return { detail: 'its format chunk is inconsistent' }
      bits = validBits
    }
  }
  if (tag !== 1 && tag !== 3) {
    return { codec: codecNames[tag] ?? `format 0x${tag.toString(16).padStart(4, '0')}` }
  }
  const codec = tag === 1 ? 'PCM' : 'IEEE float'
  const bitsOk =
    tag === 1 ? [8, 16, 24, 32].includes(containerBits) : [32, 64].includes(containerBits)
  if (
    channels < 1 ||
    channels > MAX_CHANNELS ||
    rate < MIN_RATE ||
    rate > MAX_RATE ||
    !bitsOk ||
    blockAlign !== (channels * containerBits) / 8 ||
    byteRate !== rate * blockAlign
  ) {
    return { detail: 'its format chunk is inconsistent' }
  }
  return { codec, channels, rate, bits, blockAlign }
}

const readWave = async (
  read: ByteReader,
  size: number,
  head: Uint8Array,
): Promise<PcmContainer> => {
  const id = ascii(head, 0, 4)
  const sixtyFour = id === 'RF64' || id === 'BW64'
  const damaged = (detail: string): PcmContainer => ({ kind: 'damaged', container: 'WAV', detail })
  let ds64DataSize: number | undefined
  let fmt: Fmt | undefined
  let offset = 12
  for (let n = 0; n < MAX_CHUNKS; n++) {
    if (offset + 8 > size) break
    const header = await read(offset, 8)
    if (header.length < 8) break
    const chunkId = ascii(header, 0, 4)
    if (!isChunkId(header.subarray(0, 4)))
      return damaged(`its chunk structure is broken (no valid chunk at byte ${offset})`)
    let chunkSize = view(header).getUint32(4, true)
    const bodyStart = offset + 8
    if (chunkId === 'ds64') {
      if (!sixtyFour || chunkSize < 24) return damaged('its ds64 chunk is misplaced or too short')
      const body = await read(bodyStart, 24)
      ds64DataSize = Number(view(body).getBigUint64(8, true))
    } else if (chunkId === 'fmt ') {
      if (bodyStart + chunkSize > size) return damaged('its format chunk is cut off')
      const parsed = readFmt(await read(bodyStart, Math.min(chunkSize, 64)))
      if ('detail' in parsed) return damaged(parsed.detail)
      if (!('rate' in parsed)) return { kind: 'codec', container: 'WAV', codec: parsed.codec }
      fmt = parsed
    } else if (chunkId === 'data') {
      if (!fmt) return damaged('its sample data comes before its format chunk')
      if (sixtyFour && chunkSize === 0xffffffff) {
        if (ds64DataSize === undefined) return damaged('its RF64 size table (ds64) is missing')
        chunkSize = ds64DataSize
      }
      const available = size - bodyStart
      if (chunkSize > available) {
        return damaged(
          `it declares ${chunkSize} bytes of samples but only ${available} arrived (the file is cut short)`,
        )
      }
      return {
        kind: 'pcm',
        format: sixtyFour ? 'RF64' : 'WAV',
        codec: fmt.codec,
        sampleRateHz: fmt.rate,
        bitDepth: fmt.bits,
        channels: fmt.channels,
        frames: Math.floor(chunkSize / fmt.blockAlign),
      }
    } else if (bodyStart + chunkSize > size) {
      return damaged(`its ${chunkId.trim()} chunk runs past the end of the file`)
    }
    offset = bodyStart + chunkSize + (chunkSize % 2)
  }
  return fmt ? damaged('it has no sample data (no data chunk)') : damaged('it has no format chunk')
}

/** IEEE 754 80-bit extended (big-endian), AIFF's sample-rate field. */
const readExtended = (b: Uint8Array): number => {
  const v = view(b)
  const exponent = v.getUint16(0) & 0x7fff
  const mantissa = Number(v.getBigUint64(2))
  if (exponent === 0 && mantissa === 0) return 0
  return mantissa * 2 ** (exponent - 16383 - 63)
}

const aifcCodecs: Record<string, { codec: 'PCM' | 'IEEE float'; bytes?: number }> = {
  NONE: { codec: 'PCM' },
  twos: { codec: 'PCM' },
  sowt: { codec: 'PCM' },
  fl32: { codec: 'IEEE float', bytes: 4 },
  FL32: { codec: 'IEEE float', bytes: 4 },
  fl64: { codec: 'IEEE float', bytes: 8 },
  FL64: { codec: 'IEEE float', bytes: 8 },
}

const readAiff = async (
  read: ByteReader,
  size: number,
  head: Uint8Array,
): Promise<PcmContainer> => {
  const aifc = ascii(head, 8, 12) === 'AIFC'
  const damaged = (detail: string): PcmContainer => ({ kind: 'damaged', container: 'AIFF', detail })
  let comm:
    | { channels: number; frames: number; bits: number; rate: number; compression: string }
    | undefined
  let ssnd: { dataBytes: number } | undefined
  let offset = 12
  for (let n = 0; n < MAX_CHUNKS && offset + 8 <= size; n++) {
    const header = await read(offset, 8)
    if (header.length < 8) break
    const chunkId = ascii(header, 0, 4)
    if (!isChunkId(header.subarray(0, 4)))
      return damaged(`its chunk structure is broken (no valid chunk at byte ${offset})`)
    const chunkSize = view(header).getUint32(4)
    const bodyStart = offset + 8
    if (chunkId === 'SSND') {
      if (chunkSize < 8) return damaged('its sound data chunk is too short')
      const available = size - bodyStart
      if (chunkSize > available) {
        return damaged(
          `it declares ${chunkSize} bytes of samples but only ${available} arrived (the file is cut short)`,
        )
      }
      const dataOffset = view(await read(bodyStart, 8)).getUint32(0)
      ssnd = { dataBytes: Math.max(0, chunkSize - 8 - dataOffset) }
    } else {
      if (bodyStart + chunkSize > size)
        return damaged(`its ${chunkId.trim()} chunk runs past the end of the file`)
      if (chunkId === 'COMM') {
        if (chunkSize < (aifc ? 22 : 18)) return damaged('its COMM chunk is too short')
        const body = await read(bodyStart, 22)
        const v = view(body)
        comm = {
          channels: v.getUint16(0),
          frames: v.getUint32(2),
          bits: v.getUint16(6),
          rate: readExtended(body.subarray(8, 18)),
          compression: aifc ? ascii(body, 18, 22) : 'NONE',
        }
      }
    }
    offset = bodyStart + chunkSize + (chunkSize % 2)
  }
  if (!comm) return damaged('it has no COMM chunk')
  const kind = aifcCodecs[comm.compression]
  if (!kind) return { kind: 'codec', container: 'AIFF', codec: `'${comm.compression}'` }
  const bytesPerSample = kind.bytes ?? Math.ceil(comm.bits / 8)
  if (
    comm.channels < 1 ||
    comm.channels > MAX_CHANNELS ||
    comm.rate < MIN_RATE ||
    comm.rate > MAX_RATE ||
    !Number.isInteger(comm.rate) ||
    comm.bits < 1 ||
    comm.bits > (kind.bytes ? 64 : 32)
  ) {
    return damaged('its COMM chunk is inconsistent')
  }
  if (comm.frames > 0) {
    if (!ssnd) return damaged('it has no sound data (no SSND chunk)')
    if (comm.frames * comm.channels * bytesPerSample > ssnd.dataBytes) {
      return damaged('its header promises more samples than the file holds')
    }
  }
  return {
    kind: 'pcm',
    format: 'AIFF',
    codec: kind.codec,
    sampleRateHz: comm.rate,
    bitDepth: kind.bytes ? kind.bytes * 8 : comm.bits,
    channels: comm.channels,
    frames: comm.frames,
  }
}

/**
 * Input: the file's size in bytes and a reader over its bytes. Output: `other` when the file is not
 * RIFF/RF64/BW64 WAVE or AIFF/AIFC; `damaged` (chunk structure broken, format chunk inconsistent —
 * channels, rate, bits, block align and byte rate must agree — or the data chunk larger than what
 * the file holds); `codec` for a compressed codec inside the container; otherwise the PCM/float
 * parameters and the number of sample frames. Never throws for bad input.
 */
export const readPcmContainer = async ({
  size,
  read,
}: {
  size: number
  read: ByteReader
}): Promise<PcmContainer> => {
  if (size < 12) return { kind: 'other' }
  const head = await read(0, 12)
  const id = ascii(head, 0, 4)
  const form = ascii(head, 8, 12)
  if ((id === 'RIFF' || id === 'RF64' || id === 'BW64') && form === 'WAVE') {
    return readWave(read, size, head)
  }
  if (id === 'FORM' && (form === 'AIFF' || form === 'AIFC')) return readAiff(read, size, head)
  return { kind: 'other' }
}

/** A ByteReader over bytes already in memory. */
export const bufferReader =
  (bytes: Uint8Array): ByteReader =>
  async (offset, length) =>
    bytes.subarray(offset, Math.min(bytes.length, offset + length))
