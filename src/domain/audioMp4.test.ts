import { describe, expect, it } from 'vitest'

import { bufferReader } from './audioContainer'
import { readMp4AacChannels } from './audioMp4'

/** An ISO 14496-12 box: 32-bit size, four-character type, content. */
const box = (type: string, ...content: Buffer[]) => {
  const body = Buffer.concat(content)
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + body.length, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, body])
}

/** esds (ISO 14496-14): ES_Descriptor › DecoderConfigDescriptor (AAC, 0x40) › DecoderSpecificInfo. */
const esds = (audioSpecificConfig: number[]) => {
  const dsi = Buffer.from([0x05, audioSpecificConfig.length, ...audioSpecificConfig])
  const dcd = Buffer.concat([
    Buffer.from([0x04, 13 + dsi.length, 0x40, 0x15]),
    Buffer.alloc(11),
    dsi,
  ])
  const es = Buffer.concat([Buffer.from([0x03, 3 + dcd.length, 0, 1, 0]), dcd])
  return box('esds', Buffer.alloc(4), es)
}

/** moov › trak › mdia › minf › stbl › stsd › mp4a (v0 AudioSampleEntry saying 2 channels) › esds. */
const mp4 = (audioSpecificConfig: number[]) => {
  const entry = Buffer.alloc(28)
  entry.writeUInt16BE(1, 6) // data reference index
  entry.writeUInt16BE(2, 24 - 8) // channelcount, fixed at 2 by many writers
  const mp4a = box('mp4a', entry, esds(audioSpecificConfig))
  const stsd = box('stsd', Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]), mp4a)
  const moov = box('moov', box('trak', box('mdia', box('minf', box('stbl', stsd)))))
  return Buffer.concat([
    box('ftyp', Buffer.from('isom\0\0\0\0isom')),
    box('mdat', Buffer.alloc(64)),
    moov,
  ])
}

const channels = (bytes: Buffer) =>
  readMp4AacChannels({ size: bytes.length, read: bufferReader(bytes) })

describe('readMp4AacChannels', () => {
  // AudioSpecificConfig: objectType(5) frequencyIndex(4) channelConfiguration(4) …
  it.each([
    ['AAC-LC 44.1 kHz mono (2, 4, 1)', [0x12, 0x08], 1],
    ['AAC-LC 48 kHz stereo (2, 3, 2)', [0x11, 0x90], 2],
    ['AAC-LC 48 kHz 7.1 (2, 3, 7 → 8 channels)', [0x11, 0xb8], 8],
    ['HE-AAC v2 (29: parametric stereo, signalled as 1)', [0xe9, 0x88], 2],
  ])('should read %s', async (_label, config, expected) => {
    expect(await channels(mp4(config))).toBe(expected)
  })

  it('should return null for a configuration defined by a program config element (0)', async () => {
    expect(await channels(mp4([0x12, 0x00]))).toBeNull()
  })

  it('should return null when there is no moov box or the boxes are cut off', async () => {
    const whole = mp4([0x12, 0x08])
    expect([
      await channels(box('ftyp', Buffer.from('M4A \0\0\0\0'))),
      await channels(whole.subarray(0, whole.length - 10)),
    ]).toEqual([null, null])
  })
})
