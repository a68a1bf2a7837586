import { spawn } from 'node:child_process'

import { decideUpload } from '@/domain/audioDecision'
import type { QcMeasurement } from '@/domain/deliveryQc'
import { oneDecimal } from '@/domain/deliveryQc'
import { clippedSamples, edgeSilences, parseFfmpegQcOutput } from '@/domain/ffmpegQcOutput'

import { FfmpegError as PreviewError, ffmpegPath } from './ffmpeg'
import { probeAudio } from './probeAudio'

/** Quieter than this counts as silence, dBFS (a noise floor well below any voice, above dither). */
export const SILENCE_THRESHOLD_DB = -60
/** Shortest pause silencedetect reports, seconds. */
const SILENCE_MIN_SECONDS = 0.1

/** ffmpeg could not measure the file; `message` says why (kept on the deliverable for the artist). */
export class MeasureError extends PreviewError {}

/**
 * The ffmpeg arguments of one QC pass: the first audio stream is split in two, one branch through
 * `astats` (on the decoded samples, so its bit depth and peak count are the file's), the other
 * through `ebur128` with true peak and `silencedetect`; both end in the null muxer. ebur128's
 * per-frame log goes to the verbose level, so `-loglevel info` prints only its summary.
 */
export const qcArguments = (sourcePath: string): string[] => [
  '-hide_banner',
  '-nostdin',
  '-nostats',
  '-loglevel',
  'info',
  '-i',
  sourcePath,
  '-filter_complex',
  [
    '[0:a:0]asplit=2[a][b]',
    '[a]astats=metadata=0[oa]',
    `[b]ebur128=peak=true:framelog=verbose,silencedetect=noise=${SILENCE_THRESHOLD_DB}dB:d=${SILENCE_MIN_SECONDS}[ob]`,
  ].join(';'),
  '-map',
  '[oa]',
  '-f',
  'null',
  '-',
  '-map',
  '[ob]',
  '-f',
  'null',
  '-',
]

/** Runs ffmpeg with `args` and resolves with its standard error (where the filters report). */
export const ffmpegStderr = async (args: string[]): Promise<string> => {
  const binary = await ffmpegPath()
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    const chunks: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', (error) =>
      reject(new MeasureError(`ffmpeg could not start: ${error.message}`)),
    )
    child.on('close', (code) => {
      const text = Buffer.concat(chunks).toString('utf8')
      if (code === 0) return resolve(text)
      const lines = text.trim().split('\n').slice(-2).join(' ').trim()
      reject(new MeasureError(`ffmpeg could not decode the file (exit ${code}): ${lines}`))
    })
  })
}

const finite = (value: number | null): number | null =>
  value === null || !Number.isFinite(value) ? null : value

/**
 * Measures an audio file on local disk for technical QC: integrated loudness (LUFS), loudness range
 * (LU), true peak (dBTP, −Infinity for digital silence is stored as null), clipped samples and
 * leading/trailing silence (seconds) with ffmpeg; format, sample rate (Hz), bit depth (bits, null
 * for lossy formats), channels and duration (seconds) from the file's own headers (`probeAudio`,
 * the same reading the upload was accepted on), falling back on ffmpeg's sample count for the
 * duration. Throws {@link MeasureError} when ffmpeg is missing or cannot decode the file.
 */
export const measureAudio = async (sourcePath: string): Promise<QcMeasurement> => {
  const [probe, stderr] = await Promise.all([
    probeAudio({ tempFilePath: sourcePath }),
    ffmpegStderr(qcArguments(sourcePath)),
  ])
  const decision = decideUpload({ probe })
  const audio = decision.ok && decision.kind === 'audio' ? decision.audio : null
  const out = parseFfmpegQcOutput(stderr)
  const channels = audio?.channels ?? null
  const sampleRateHz = audio?.sampleRateHz ?? null
  const durationSeconds =
    audio?.durationSeconds ??
    (out.samples !== null && channels && sampleRateHz
      ? out.samples / channels / sampleRateHz
      : null)
  const silence = edgeSilences(out.silences, durationSeconds)
  const round = (v: number | null) => (v === null ? null : oneDecimal(v))
  return {
    format: audio?.format ?? null,
    integratedLufs: round(finite(out.integratedLufs)),
    loudnessRangeLu: round(finite(out.loudnessRangeLu)),
    truePeakDbtp: round(finite(out.truePeakDbtp)),
    sampleRateHz,
    bitDepth: audio?.bitDepth ?? null,
    channels,
    durationSeconds: durationSeconds === null ? null : Math.round(durationSeconds * 1000) / 1000,
    leadingSilenceSeconds: Math.round(silence.leading * 100) / 100,
    trailingSilenceSeconds: Math.round(silence.trailing * 100) / 100,
    clippedSamples: clippedSamples(out),
  }
}
