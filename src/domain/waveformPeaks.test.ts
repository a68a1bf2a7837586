import { describe, expect, it } from 'vitest'

import { waveformPeaks } from './waveformPeaks'

describe('waveformPeaks', () => {
  it('should give the requested number of min/max pairs', () => {
    const peaks = waveformPeaks(new Int16Array(44_100), 1000)
    expect([peaks.length, peaks.data.length]).toEqual([1000, 2000])
  })

  it('should normalise so the loudest sample is 1', () => {
    const samples = Int16Array.from([0, 1000, -2000, 500])
    expect(waveformPeaks(samples, 2).data).toEqual([0, 0.5, -1, 0.25])
  })

  it('should keep silence at zero', () => {
    expect(waveformPeaks(new Int16Array(10), 5).data).toEqual(new Array(10).fill(0))
  })

  it('should stretch a signal shorter than the pairs over all of them', () => {
    expect(waveformPeaks(Int16Array.from([100, -100]), 4).data).toEqual([0, 1, 0, 1, -1, 0, -1, 0])
  })
})
