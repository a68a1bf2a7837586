import { fileTypeFromBuffer } from 'file-type'
import { describe, expect, it } from 'vitest'

import { generateWav, synthesizeDemo } from './audio'

const rms = (samples: Float32Array) =>
  Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length)

describe('generateWav', () => {
  it('should produce a 16-bit mono PCM WAV that file-type reads as audio/wav', async () => {
    const wav = generateWav({ seconds: 2, seed: 1 })
    expect(await fileTypeFromBuffer(wav)).toEqual({ ext: 'wav', mime: 'audio/wav' })
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF')
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8)
    expect(wav.readUInt16LE(20)).toBe(1) // PCM
    expect(wav.readUInt16LE(22)).toBe(1) // mono
    expect(wav.readUInt32LE(24)).toBe(22050)
    expect(wav.readUInt16LE(34)).toBe(16)
  })

  it('should last the number of seconds asked for', () => {
    const wav = generateWav({ seconds: 3, seed: 2, sampleRate: 16000 })
    expect(wav.readUInt32LE(40)).toBe(3 * 16000 * 2)
    expect(wav.length).toBe(44 + 3 * 16000 * 2)
  })

  it('should give the same bytes for the same options and other bytes for another seed', () => {
    const options = { seconds: 2, seed: 7, style: 'commercial' } as const
    expect(generateWav(options).equals(generateWav(options))).toBe(true)
    expect(generateWav(options).equals(generateWav({ ...options, seed: 8 }))).toBe(false)
  })

  it.each(['commercial', 'narration', 'e_learning', 'character', 'corporate', 'ivr'] as const)(
    'should be audible and unclipped in the %s style',
    (style) => {
      const samples = synthesizeDemo({ seconds: 4, seed: 3, style })
      expect(rms(samples)).toBeGreaterThan(0.05)
      expect(samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0)).toBeLessThanOrEqual(1)
    },
  )

  it('should refuse a length of zero', () => {
    expect(() => generateWav({ seconds: 0, seed: 1 })).toThrow(RangeError)
  })
})
