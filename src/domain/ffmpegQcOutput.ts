/**
 * Reads what ffmpeg's `ebur128=peak=true`, `astats` and `silencedetect` filters print on standard
 * error (ffmpeg 4.1, the binary of `@ffmpeg-installer/ffmpeg`). Pure: the text in, numbers out.
 * ffmpeg may print an ebur128 summary more than once (once when the filter graph is first set up,
 * with nothing measured); the last one is the file's.
 */

export type FfmpegQcOutput = {
  /** Integrated loudness, LUFS (−70 when nothing rises above the absolute gate). */
  integratedLufs: number | null
  /** Loudness range, LU. */
  loudnessRangeLu: number | null
  /** True peak, dBTP (ebur128 labels it dBFS); −Infinity for digital silence. */
  truePeakDbtp: number | null
  /** Highest sample level, dBFS (astats, overall). */
  peakLevelDb: number | null
  /** Samples at the highest level (astats "Peak count", overall). */
  peakCount: number | null
  /** Bits in use by the decoded samples (astats "Bit depth: 16/16" → 16); of the decoded format. */
  usedBitDepth: number | null
  /** Samples over all channels (astats "Number of samples"). */
  samples: number | null
  /** Silences found by silencedetect, seconds; `end` null when the file ended in it. */
  silences: { start: number; end: number | null }[]
}

const number = (text: string | undefined): number | null => {
  if (text === undefined) return null
  const t = text.trim().toLowerCase()
  if (t === '-inf') return -Infinity
  if (t === 'inf') return Infinity
  const n = Number.parseFloat(t)
  return Number.isFinite(n) ? n : null
}

const lastMatch = (text: string, pattern: RegExp): RegExpExecArray | null => {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  )
  let last: RegExpExecArray | null = null
  for (let m = global.exec(text); m; m = global.exec(text)) last = m
  return last
}

const NUM = String.raw`(-?inf|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)`

/**
 * Parses ffmpeg's standard error of a QC run into numbers. Lines it doesn't know are ignored; a value
 * ffmpeg didn't print is null, so a truncated or foreign output gives nulls, never a throw.
 */
export const parseFfmpegQcOutput = (stderr: string): FfmpegQcOutput => {
  const text = stderr.replace(/\r\n?/g, '\n')
  const summaryAt = text.lastIndexOf('Summary:')
  const summary = summaryAt >= 0 ? text.slice(summaryAt) : ''
  const overallAt = text.lastIndexOf('] Overall')
  const overall = overallAt >= 0 ? text.slice(overallAt) : ''
  const silences: FfmpegQcOutput['silences'] = []
  for (const line of text.split('\n')) {
    const start = new RegExp(String.raw`silence_start:\s*${NUM}`, 'i').exec(line)
    if (start) {
      silences.push({ start: number(start[1]) ?? 0, end: null })
      continue
    }
    const end = new RegExp(String.raw`silence_end:\s*${NUM}`, 'i').exec(line)
    const open = silences.at(-1)
    if (end && open && open.end === null) open.end = number(end[1])
  }
  const bitDepth = lastMatch(overall, /Bit depth:\s*(\d+)(?:\/\d+)?/i)
  return {
    integratedLufs: number(new RegExp(String.raw`\bI:\s*${NUM}\s*LUFS`, 'i').exec(summary)?.[1]),
    loudnessRangeLu: number(new RegExp(String.raw`\bLRA:\s*${NUM}\s*LU\b`, 'i').exec(summary)?.[1]),
    truePeakDbtp: number(new RegExp(String.raw`\bPeak:\s*${NUM}\s*dB`, 'i').exec(summary)?.[1]),
    peakLevelDb: number(new RegExp(String.raw`Peak level dB:\s*${NUM}`, 'i').exec(overall)?.[1]),
    peakCount: number(new RegExp(String.raw`Peak count:\s*${NUM}`, 'i').exec(overall)?.[1]),
    usedBitDepth: bitDepth ? Number(bitDepth[1]) : null,
    samples: number(new RegExp(String.raw`Number of samples:\s*${NUM}`, 'i').exec(overall)?.[1]),
    silences,
  }
}

/** A sample at or above this level (dBFS) sits at full scale: clipped. */
export const CLIP_LEVEL_DB = -0.01

/**
 * Clipped samples: astats counts the samples at the file's highest level ("Peak count"); when that
 * level is full scale, those samples are clipped. 0 when the peak stays below full scale.
 */
export const clippedSamples = (out: FfmpegQcOutput): number | null => {
  if (out.peakLevelDb === null || out.peakCount === null) return null
  return out.peakLevelDb >= CLIP_LEVEL_DB ? Math.round(out.peakCount) : 0
}

/** A silence counts as leading when it starts within this many seconds of the start. */
const EDGE_SECONDS = 0.01

/**
 * Leading and trailing silence in seconds from silencedetect's silences and the file's duration: a
 * silence that starts at 0 is leading; one that ends at the end (or never ends) is trailing. A file
 * that is silence throughout is all leading and all trailing.
 */
export const edgeSilences = (
  silences: FfmpegQcOutput['silences'],
  durationSeconds: number | null,
): { leading: number; trailing: number } => {
  const first = silences[0]
  const last = silences.at(-1)
  const leading =
    first && first.start <= EDGE_SECONDS
      ? (first.end ?? durationSeconds ?? first.start) - first.start
      : 0
  let trailing = 0
  if (last) {
    const end = last.end ?? durationSeconds
    if (end !== null && (durationSeconds === null || end >= durationSeconds - EDGE_SECONDS)) {
      trailing = end - last.start
    }
  }
  return { leading: Math.max(0, leading), trailing: Math.max(0, trailing) }
}
