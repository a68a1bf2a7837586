import { describe, expect, it } from 'vitest'

import type { DeliverySpec, QcMeasurement } from './deliveryQc'
import { compareWithSpec, defaultDeliverySpecs, deliverySpecFor } from './deliveryQc'

const spec: DeliverySpec = {
  format: 'WAV',
  sampleRateHz: 48_000,
  bitDepth: 24,
  channels: 1,
  loudnessLufs: -23,
  loudnessToleranceLu: 1,
  truePeakCeilingDbtp: -1,
  maxLeadingSilenceSeconds: 1,
  maxTrailingSilenceSeconds: 2,
}

const good: QcMeasurement = {
  format: 'WAV',
  integratedLufs: -23.4,
  loudnessRangeLu: 5.1,
  truePeakDbtp: -3.2,
  sampleRateHz: 48_000,
  bitDepth: 24,
  channels: 1,
  durationSeconds: 30,
  leadingSilenceSeconds: 0.5,
  trailingSilenceSeconds: 1,
  clippedSamples: 0,
}

const keys = (m: Partial<QcMeasurement>, s: Partial<DeliverySpec> = {}) =>
  compareWithSpec({ ...spec, ...s }, { ...good, ...m }).problems.map((p) => p.key)

describe('comparing a delivery with its spec', () => {
  it('should pass a delivery that meets every line of the spec', () => {
    expect(compareWithSpec(spec, good)).toEqual({ status: 'passed', problems: [] })
  })

  it.each([
    ['another format', { format: 'MP3' as const }, 'format'],
    ['another sample rate', { sampleRateHz: 22_050 }, 'sampleRate'],
    ['another bit depth', { bitDepth: 8 }, 'bitDepth'],
    ['stereo for mono', { channels: 2 }, 'channels'],
    ['a louder file', { integratedLufs: -16 }, 'tooLoud'],
    ['a quieter file', { integratedLufs: -30 }, 'tooQuiet'],
    ['a silent file', { integratedLufs: -70 }, 'silent'],
    ['a true peak over the ceiling', { truePeakDbtp: -0.4 }, 'truePeak'],
    ['clipped samples', { clippedSamples: 12 }, 'clipped'],
    ['long leading silence', { leadingSilenceSeconds: 2 }, 'leadingSilence'],
    ['long trailing silence', { trailingSilenceSeconds: 3.5 }, 'trailingSilence'],
    ['no loudness at all', { integratedLufs: null }, 'unmeasured'],
  ])('should fail %s with its problem', (_label, measured, key) => {
    expect(keys(measured)).toEqual([key])
  })

  it('should accept loudness on the edge of the tolerance', () => {
    expect(keys({ integratedLufs: -22 })).toEqual([])
  })

  it('should accept RF64 for a WAV spec', () => {
    expect(keys({ format: 'RF64' })).toEqual([])
  })

  it('should not ask a lossy file for a bit depth when the spec accepts its format', () => {
    expect(keys({ format: 'AAC', bitDepth: null }, { format: 'any' })).toEqual([])
  })

  it('should give the measured and the expected value with a problem', () => {
    const { problems } = compareWithSpec(spec, { ...good, sampleRateHz: 22_050 })
    expect(problems).toEqual([{ key: 'sampleRate', values: { measured: 22.05, expected: 48 } }])
  })

  it('should list every deviation of a file that misses several lines', () => {
    expect(keys({ sampleRateHz: 22_050, bitDepth: 8, clippedSamples: 3 })).toEqual([
      'sampleRate',
      'bitDepth',
      'clipped',
    ])
  })
})

describe('the spec for a project type', () => {
  it('should start broadcast narration at −23 LUFS (EBU R128)', () => {
    expect(deliverySpecFor('narration').loudnessLufs).toBe(-23)
  })

  it('should take the agency’s row for the project type over the default', () => {
    const rows = [{ projectType: 'commercial', loudnessLufs: -14, bitDepth: null }]
    expect(deliverySpecFor('commercial', rows)).toEqual({
      ...defaultDeliverySpecs.commercial,
      loudnessLufs: -14,
      bitDepth: null,
    })
  })

  it('should fall back on the commercial spec for an unknown project type', () => {
    expect(deliverySpecFor('radio_drama')).toEqual(defaultDeliverySpecs.commercial)
  })
})
