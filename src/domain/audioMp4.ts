import type { ByteReader } from './audioContainer'

/**
 * The channel count of AAC audio in an MP4 (.m4a) file, from its decoder configuration.
 *
 * Why: the `channelcount` field of an MP4 audio sample entry is fixed at 2 by ISO 14496-12 for
 * most writers (ffmpeg, many DAWs) whatever the audio holds, and that field is what music-metadata
 * reports — so a mono voice-over would be labelled stereo. The real layout is the
 * `channelConfiguration` of the AudioSpecificConfig (ISO 14496-3 §1.6.2.1) inside the `esds` box
 * (ISO 14496-14 §5.6): moov › trak › mdia › minf › stbl › stsd › mp4a › esds.
 *
 * Input: file size and a reader. Output: the channel count, or `null` when there is no AAC sample
 * entry, the configuration defers to a program config element (0) or the boxes can't be read.
 * Never throws for bad input.
 */
export const readMp4AacChannels = async ({
  size,
  read,
}: {
  size: number
  read: ByteReader
}): Promise<number | null> => {
  try {
    const moov = await findBox(read, 0, size, 'moov')
    if (!moov) return null
    for (const trak of await boxes(read, moov.start, moov.end)) {
      if (trak.type !== 'trak') continue
      const stsd = await findPath(read, trak, ['mdia', 'minf', 'stbl', 'stsd'])
      // stsd: version/flags (4) + entry count (4), then sample entries.
      const mp4a = stsd && (await findBox(read, stsd.start + 8, stsd.end, 'mp4a'))
      if (!mp4a) continue
      const version = view(await read(mp4a.start + 8, 2)).getUint16(0)
      // AudioSampleEntry: 8 bytes SampleEntry + 20 bytes audio fields (v0); QuickTime v1 adds 16, v2 36.
      const childrenStart = mp4a.start + 28 + (version === 1 ? 16 : version === 2 ? 36 : 0)
      const esds = await findBox(read, childrenStart, mp4a.end, 'esds')
      if (!esds) return null
      return channelsFromEsds(await read(esds.start + 4, Math.min(256, esds.end - esds.start - 4)))
    }
    return null
  } catch {
    return null
  }
}

type Box = { type: string; start: number; end: number }

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength)

/** The boxes between `from` and `to`; `start` is where the box's content begins. */
const boxes = async (read: ByteReader, from: number, to: number): Promise<Box[]> => {
  const found: Box[] = []
  let offset = from
  for (let n = 0; n < 500 && offset + 8 <= to; n++) {
    const header = await read(offset, 16)
    if (header.length < 8) break
    const v = view(header)
    let boxSize = v.getUint32(0)
    let headerSize = 8
    if (boxSize === 1) {
      if (header.length < 16) break
      boxSize = Number(v.getBigUint64(8))
      headerSize = 16
    } else if (boxSize === 0) {
      boxSize = to - offset
    }
    if (boxSize < headerSize || offset + boxSize > to) break
    const type = String.fromCharCode(...Array.from(header.subarray(4, 8)))
    found.push({ type, start: offset + headerSize, end: offset + boxSize })
    offset += boxSize
  }
  return found
}

const findBox = async (read: ByteReader, from: number, to: number, type: string) =>
  (await boxes(read, from, to)).find((b) => b.type === type) ?? null

const findPath = async (read: ByteReader, parent: Box, path: string[]): Promise<Box | null> => {
  let box: Box | null = parent
  for (const type of path) {
    if (!box) return null
    box = await findBox(read, box.start, box.end, type)
  }
  return box
}

/** channelConfiguration → channels (ISO 14496-3 Table 1.19; 0 = defined elsewhere). */
const channelsByConfiguration: Record<number, number> = {
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 8,
  11: 7,
  12: 8,
  14: 8,
}

/** Walks ES_Descriptor (0x03) › DecoderConfigDescriptor (0x04) › DecoderSpecificInfo (0x05). */
const channelsFromEsds = (b: Uint8Array): number | null => {
  let p = 0
  const descriptor = (): { tag: number; length: number } | null => {
    if (p >= b.length) return null
    const tag = b[p++]
    let length = 0
    for (let i = 0; i < 4 && p < b.length; i++) {
      const byte = b[p++]
      length = (length << 7) | (byte & 0x7f)
      if (!(byte & 0x80)) break
    }
    return { tag, length }
  }
  const es = descriptor()
  if (!es || es.tag !== 0x03) return null
  const flags = b[p + 2]
  p += 3
  if (flags & 0x80) p += 2 // dependsOn_ES_ID
  if (flags & 0x40) p += 1 + b[p] // URL
  if (flags & 0x20) p += 2 // OCR_ES_Id
  const config = descriptor()
  if (!config || config.tag !== 0x04) return null
  if (b[p] !== 0x40 && b[p] !== 0x66 && b[p] !== 0x67 && b[p] !== 0x68) return null // not AAC
  p += 13
  const specific = descriptor()
  if (!specific || specific.tag !== 0x05 || p + 2 > b.length) return null
  // AudioSpecificConfig bit fields: audioObjectType (5, or 5+6 when 31), frequency index (4, + 24
  // when 15), channelConfiguration (4).
  let bit = p * 8
  const bits = (n: number) => {
    let value = 0
    for (let i = 0; i < n; i++, bit++) value = (value << 1) | ((b[bit >> 3] >> (7 - (bit & 7))) & 1)
    return value
  }
  let objectType = bits(5)
  if (objectType === 31) objectType = 32 + bits(6)
  if (bits(4) === 15) bits(24)
  const configuration = bits(4)
  // Parametric stereo (HE-AAC v2) signals one channel and decodes to two.
  if (objectType === 29) return 2
  return channelsByConfiguration[configuration] ?? null
}
