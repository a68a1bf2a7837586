import { describe, expect, it } from 'vitest'

import { formatAudioSummary, formatDuration, formatSampleRate } from './audio'

describe('formatAudioSummary', () => {
  it('should read "WAV · 48 kHz · 24-bit · mono · 0:32" for a 32 s 24-bit mono WAV', () => {
    expect(
      formatAudioSummary({
        format: 'WAV',
        codec: 'PCM',
        durationSeconds: 32.4,
        sampleRateHz: 48000,
        bitDepth: 24,
        channels: 1,
      }),
    ).toBe('WAV · 48 kHz · 24-bit · mono · 0:32')
  })

  it('should leave the bit depth out for lossy formats and name 6 channels', () => {
    expect(
      formatAudioSummary({
        format: 'AAC',
        durationSeconds: 125,
        sampleRateHz: 44100,
        bitDepth: null,
        channels: 6,
      }),
    ).toBe('AAC · 44.1 kHz · 6 ch · 2:05')
  })

  it('should return null when nothing was detected (older uploads, photos)', () => {
    expect([formatAudioSummary(null), formatAudioSummary({ format: null })]).toEqual([null, null])
  })
})

describe('formatDuration and formatSampleRate', () => {
  it.each([
    [0.4, '0:00'],
    [59.5, '1:00'],
    [3723, '1:02:03'],
  ])('should show %s s as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it.each([
    [22050, '22.05 kHz'],
    [96000, '96 kHz'],
  ])('should show %s Hz as %s', (hz, text) => {
    expect(formatSampleRate(hz)).toBe(text)
  })
})
