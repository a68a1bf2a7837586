import { describe, expect, it } from 'vitest'

import { bufferReader, readPcmContainer } from './audioContainer'

/**
 * WAVE files built here byte by byte from the Microsoft RIFF/WAVE layout (RIFF header, `fmt `
 * chunk: tag, channels, rate, byte rate, block align, bits), EBU Tech 3306 for RF64 and Apple's
 * AIFF 1.3 for FORM/COMM/SSND.
 */
const chunk = (id: string, body: Buffer, bigEndian = false) => {
  const header = Buffer.alloc(8)
  header.write(id, 0, 'latin1')
  if (bigEndian) header.writeUInt32BE(body.length, 4)
  else header.writeUInt32LE(body.length, 4)
  return Buffer.concat([header, body, Buffer.alloc(body.length % 2)])
}

const fmt = ({
  tag = 1,
  channels = 1,
  rate = 48000,
  bits = 16,
  blockAlign = (channels * bits) / 8,
  byteRate = rate * blockAlign,
}: Partial<Record<'tag' | 'channels' | 'rate' | 'bits' | 'blockAlign' | 'byteRate', number>>) => {
  const body = Buffer.alloc(16)
  body.writeUInt16LE(tag, 0)
  body.writeUInt16LE(channels, 2)
  body.writeUInt32LE(rate, 4)
  body.writeUInt32LE(byteRate, 8)
  body.writeUInt16LE(blockAlign, 12)
  body.writeUInt16LE(bits, 14)
  return chunk('fmt ', body)
}

const extensibleFmt = ({
  bits,
  validBits,
  subFormat,
}: {
  bits: number
  validBits: number
  subFormat: number
}) => {
  const body = Buffer.alloc(40)
  body.writeUInt16LE(0xfffe, 0)
  body.writeUInt16LE(2, 2)
  body.writeUInt32LE(48000, 4)
  body.writeUInt32LE(48000 * 2 * (bits / 8), 8)
  body.writeUInt16LE(2 * (bits / 8), 12)
  body.writeUInt16LE(bits, 14)
  body.writeUInt16LE(22, 16)
  body.writeUInt16LE(validBits, 18)
  body.writeUInt32LE(3, 20)
  body.writeUInt16LE(subFormat, 24)
  Buffer.from('000000001000800000aa00389b71', 'hex').copy(body, 26)
  return chunk('fmt ', body)
}

const riff = (...chunks: Buffer[]) => {
  const body = Buffer.concat([Buffer.from('WAVE'), ...chunks])
  const header = Buffer.alloc(8)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(body.length, 4)
  return Buffer.concat([header, body])
}

const read = (bytes: Buffer) => readPcmContainer({ size: bytes.length, read: bufferReader(bytes) })

describe('readPcmContainer on WAVE', () => {
  it('should count frames as data bytes / block align (48 kHz 16-bit stereo, 4800 frames)', async () => {
    const bytes = riff(fmt({ channels: 2 }), chunk('data', Buffer.alloc(4800 * 4)))
    expect(await read(bytes)).toEqual({
      kind: 'pcm',
      format: 'WAV',
      codec: 'PCM',
      sampleRateHz: 48000,
      bitDepth: 16,
      channels: 2,
      frames: 4800,
    })
  })

  it('should skip JUNK, bext and LIST chunks before the format chunk, padding odd sizes', async () => {
    const bytes = riff(
      chunk('JUNK', Buffer.alloc(28)),
      chunk('bext', Buffer.alloc(603)),
      fmt({ bits: 24 }),
      chunk('data', Buffer.alloc(300)),
    )
    expect(await read(bytes)).toMatchObject({ kind: 'pcm', bitDepth: 24, frames: 100 })
  })

  it('should report valid bits and the sub-format for WAVE_FORMAT_EXTENSIBLE (24 in 32, float)', async () => {
    const pcm = riff(
      extensibleFmt({ bits: 32, validBits: 24, subFormat: 1 }),
      chunk('data', Buffer.alloc(80)),
    )
    const float = riff(
      extensibleFmt({ bits: 32, validBits: 32, subFormat: 3 }),
      chunk('data', Buffer.alloc(80)),
    )
    expect([await read(pcm), await read(float)]).toMatchObject([
      { kind: 'pcm', codec: 'PCM', bitDepth: 24, channels: 2, frames: 10 },
      { kind: 'pcm', codec: 'IEEE float', bitDepth: 32, frames: 10 },
    ])
  })

  it('should read the RF64 data size from ds64 when the data chunk says 0xFFFFFFFF', async () => {
    const ds64 = Buffer.alloc(28)
    ds64.writeBigUInt64LE(0n, 0)
    ds64.writeBigUInt64LE(600n, 8)
    const data = Buffer.alloc(8)
    data.write('data', 0, 'latin1')
    data.writeUInt32LE(0xffffffff, 4)
    const body = Buffer.concat([
      Buffer.from('WAVE'),
      chunk('ds64', ds64),
      fmt({ bits: 24 }),
      data,
      Buffer.alloc(600),
    ])
    const bytes = Buffer.concat([Buffer.from('RF64'), Buffer.from([0xff, 0xff, 0xff, 0xff]), body])
    expect(await read(bytes)).toMatchObject({ kind: 'pcm', format: 'RF64', frames: 200 })
  })

  it('should call a RIFF/WAVE header followed by noise damaged', async () => {
    const noise = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 151 + 7) % 256))
    const bytes = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE'), noise])
    expect(await read(bytes)).toMatchObject({ kind: 'damaged', container: 'WAV' })
  })

  it('should call a data chunk larger than the file damaged (a cut-off upload)', async () => {
    const bytes = riff(fmt({}), chunk('data', Buffer.alloc(100)))
    bytes.writeUInt32LE(1000, bytes.length - 104)
    expect(await read(bytes)).toEqual({
      kind: 'damaged',
      container: 'WAV',
      detail: 'it declares 1000 bytes of samples but only 100 arrived (the file is cut short)',
    })
  })

  it.each([
    ['0 channels', { channels: 0, blockAlign: 2, byteRate: 96000 }],
    ['a block align that is not channels × bytes', { blockAlign: 4 }],
    ['a byte rate that is not rate × block align', { byteRate: 1 }],
    ['12-bit PCM', { bits: 12, blockAlign: 2, byteRate: 96000 }],
    ['a 100 Hz rate', { rate: 100 }],
  ])('should call a format chunk with %s damaged', async (_label, fields) => {
    const bytes = riff(fmt(fields), chunk('data', Buffer.alloc(96)))
    expect(await read(bytes)).toEqual({
      kind: 'damaged',
      container: 'WAV',
      detail: 'its format chunk is inconsistent',
    })
  })

  it('should name a compressed codec inside WAVE (IMA ADPCM, tag 0x0011)', async () => {
    const bytes = riff(
      fmt({ tag: 0x11, bits: 4, blockAlign: 256, byteRate: 24000 }),
      chunk('data', Buffer.alloc(256)),
    )
    expect(await read(bytes)).toEqual({ kind: 'codec', container: 'WAV', codec: 'IMA ADPCM' })
  })

  it('should report 0 frames for an empty data chunk', async () => {
    expect(await read(riff(fmt({}), chunk('data', Buffer.alloc(0))))).toMatchObject({
      kind: 'pcm',
      frames: 0,
    })
  })

  it('should call a WAVE with no data chunk damaged', async () => {
    expect(await read(riff(fmt({})))).toMatchObject({
      kind: 'damaged',
      detail: 'it has no sample data (no data chunk)',
    })
  })
})

/** IEEE 754 80-bit extended, big-endian, for a whole-number rate. */
const extended80 = (value: number) => {
  const b = Buffer.alloc(10)
  const exponent = Math.floor(Math.log2(value))
  b.writeUInt16BE(16383 + exponent, 0)
  b.writeBigUInt64BE(BigInt(value) << BigInt(63 - exponent), 2)
  return b
}

const aiff = ({
  frames,
  dataBytes,
  compression,
}: {
  frames: number
  dataBytes: number
  compression?: string
}) => {
  const comm = Buffer.alloc(compression ? 24 : 18)
  comm.writeUInt16BE(2, 0)
  comm.writeUInt32BE(frames, 2)
  comm.writeUInt16BE(16, 6)
  extended80(44100).copy(comm, 8)
  if (compression) comm.write(compression, 18, 'latin1')
  const body = Buffer.concat([
    Buffer.from(compression ? 'AIFC' : 'AIFF'),
    chunk('COMM', comm, true),
    chunk('SSND', Buffer.alloc(8 + dataBytes), true),
  ])
  const header = Buffer.alloc(8)
  header.write('FORM', 0, 'latin1')
  header.writeUInt32BE(body.length, 4)
  return Buffer.concat([header, body])
}

describe('readPcmContainer on AIFF', () => {
  it('should read channels, frames, bits and the 80-bit rate (44 100 Hz)', async () => {
    expect(await read(aiff({ frames: 100, dataBytes: 400 }))).toEqual({
      kind: 'pcm',
      format: 'AIFF',
      codec: 'PCM',
      sampleRateHz: 44100,
      bitDepth: 16,
      channels: 2,
      frames: 100,
    })
  })

  it('should accept AIFC sowt and refuse AIFC µ-law as a codec', async () => {
    expect([
      await read(aiff({ frames: 10, dataBytes: 40, compression: 'sowt' })),
      await read(aiff({ frames: 10, dataBytes: 40, compression: 'ulaw' })),
    ]).toMatchObject([
      { kind: 'pcm', codec: 'PCM' },
      { kind: 'codec', container: 'AIFF', codec: "'ulaw'" },
    ])
  })

  it('should call a COMM that promises more samples than SSND holds damaged', async () => {
    expect(await read(aiff({ frames: 1000, dataBytes: 400 }))).toEqual({
      kind: 'damaged',
      container: 'AIFF',
      detail: 'its header promises more samples than the file holds',
    })
  })
})

describe('readPcmContainer on other files', () => {
  it.each([
    ['an MP3 (ID3)', Buffer.from('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000abcdef')],
    [
      'an AVI (RIFF but not WAVE)',
      Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('AVI LIST')]),
    ],
    ['fewer than 12 bytes', Buffer.from('RIFF')],
  ])('should leave %s to the general parser', async (_label, bytes) => {
    expect(await read(bytes)).toEqual({ kind: 'other' })
  })
})
