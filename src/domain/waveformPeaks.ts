/** Waveform peaks for the player: precomputed once per demo, so browsers never decode the file. Pure. */

/** How many min/max pairs a demo's peaks have (about one per pixel of a wide player). */
export const PEAK_PAIRS = 1000

/** The JSON stored beside a demo preview (`<name>.peaks.json`). */
export type WaveformPeaks = {
  version: 1
  /** Number of min/max pairs; `data` has twice as many numbers. */
  length: number
  /** `[min0, max0, min1, max1, …]`, each in −1…1, normalised so the loudest sample is ±1. */
  data: number[]
}

/**
 * Min/max pairs of `samples` (mono signed 16-bit PCM, any rate) in `pairs` equal buckets, scaled so
 * the loudest absolute sample is 1 (silence stays 0) and rounded to 3 decimals to keep the JSON
 * small. Fewer samples than pairs: the samples are stretched over all the pairs.
 */
export const waveformPeaks = (samples: Int16Array, pairs: number = PEAK_PAIRS): WaveformPeaks => {
  const data = new Array<number>(pairs * 2).fill(0)
  let loudest = 0
  for (let i = 0; i < samples.length; i++) loudest = Math.max(loudest, Math.abs(samples[i]!))
  const scale = loudest === 0 ? 0 : 1 / loudest
  const bucket = samples.length / pairs
  for (let p = 0; p < pairs; p++) {
    const from = Math.floor(p * bucket)
    const to = Math.min(samples.length, Math.max(from + 1, Math.floor((p + 1) * bucket)))
    let min = 0
    let max = 0
    for (let i = from; i < to; i++) {
      const v = samples[i]!
      if (v < min) min = v
      if (v > max) max = v
    }
    data[p * 2] = Math.round(min * scale * 1000) / 1000 || 0
    data[p * 2 + 1] = Math.round(max * scale * 1000) / 1000 || 0
  }
  return { version: 1, length: pairs, data }
}
