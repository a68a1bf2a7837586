import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { clippedSamples, edgeSilences, parseFfmpegQcOutput } from './ffmpegQcOutput'

// Captured from real runs of the QC command (`qcArguments` in uploads/measureAudio.ts) with the
// `@ffmpeg-installer/ffmpeg` binary: a 48 kHz 24-bit stereo tone with 2 s of silence before and
// 1.5 s after, a tone hard-clipped with volume=20, and the real-world AAC .m4a delivery.
const fixture = (name: string) =>
  fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/ffmpeg-qc', `${name}.txt`), 'utf8')

describe('parsing ffmpeg QC output', () => {
  it('should read the last ebur128 summary, not the empty one printed at set-up', () => {
    const out = parseFfmpegQcOutput(fixture('lead'))
    expect([out.integratedLufs, out.loudnessRangeLu, out.truePeakDbtp]).toEqual([-22.2, 3.5, -21.1])
  })

  it('should read the overall astats values', () => {
    const out = parseFfmpegQcOutput(fixture('lead'))
    expect([out.peakLevelDb, out.peakCount, out.usedBitDepth, out.samples]).toEqual([
      -21.074211, 1680, 24, 312000,
    ])
  })

  it('should pair silence starts with their ends', () => {
    expect(parseFfmpegQcOutput(fixture('lead')).silences).toEqual([
      { start: 0, end: 2.00002 },
      { start: 5, end: 6.5 },
    ])
  })

  it('should count the samples at full scale of a clipped file', () => {
    const out = parseFfmpegQcOutput(fixture('clip'))
    expect([out.truePeakDbtp, clippedSamples(out)]).toEqual([0.1, 97675])
  })

  it('should count no clipped samples when the peak stays below full scale', () => {
    expect(clippedSamples(parseFfmpegQcOutput(fixture('aac')))).toBe(0)
  })

  it('should read an AAC file measured through its decoder', () => {
    const out = parseFfmpegQcOutput(fixture('aac'))
    expect([out.integratedLufs, out.truePeakDbtp, out.silences]).toEqual([-21.8, -14.5, []])
  })

  it('should give nulls, not throw, for output without any filter report', () => {
    const out = parseFfmpegQcOutput('tmp.wav: Invalid data found when processing input\n')
    expect(out).toEqual({
      integratedLufs: null,
      loudnessRangeLu: null,
      truePeakDbtp: null,
      peakLevelDb: null,
      peakCount: null,
      usedBitDepth: null,
      samples: null,
      silences: [],
    })
  })

  it('should read a true peak of digital silence as minus infinity', () => {
    const out = parseFfmpegQcOutput('Summary:\n    I:  -70.0 LUFS\n    Peak:       -inf dBFS\n')
    expect([out.integratedLufs, out.truePeakDbtp]).toEqual([-70, -Infinity])
  })
})

describe('leading and trailing silence', () => {
  it('should take a silence at the start as leading and one at the end as trailing', () => {
    const silences = [
      { start: 0, end: 2 },
      { start: 5, end: 6.5 },
    ]
    expect(edgeSilences(silences, 6.5)).toEqual({ leading: 2, trailing: 1.5 })
  })

  it('should ignore pauses in the middle', () => {
    expect(edgeSilences([{ start: 1, end: 1.4 }], 6)).toEqual({ leading: 0, trailing: 0 })
  })

  it('should run a silence that never ends to the end of the file', () => {
    expect(edgeSilences([{ start: 4, end: null }], 6)).toEqual({ leading: 0, trailing: 2 })
  })

  it('should make a file that is silence throughout all leading and all trailing', () => {
    expect(edgeSilences([{ start: 0, end: 3 }], 3)).toEqual({ leading: 3, trailing: 3 })
  })
})
