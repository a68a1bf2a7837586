/**
 * Technical quality control of a delivery: the booking's delivery spec (what the customer needs)
 * against what was measured in the file. Pure: no Payload import. Loudness follows EBU R128 /
 * ITU-R BS.1770 (integrated loudness in LUFS, loudness range in LU, true peak in dBTP); ATSC A/85
 * calls the same measure LKFS.
 */

import type { AudioFormat } from './audio'
import type { ProjectType } from './catalog'

/** The formats a spec can ask for; `any` accepts every audio format the upload accepts. */
export const specFormats = ['any', 'WAV', 'AIFF', 'FLAC', 'MP3', 'AAC'] as const
export type SpecFormat = (typeof specFormats)[number]

/** Sample rates a spec can ask for, Hz. */
export const specSampleRates = [44_100, 48_000] as const
/** Bit depths a spec can ask for (PCM); `null` in a spec means "any". */
export const specBitDepths = [16, 24] as const
/** Channel counts a spec can ask for: mono or stereo. */
export const specChannels = [1, 2] as const

export type DeliverySpec = {
  format: SpecFormat
  /** Hz. */
  sampleRateHz: number
  /** Bits per sample for PCM formats; null accepts any (lossy formats have none). */
  bitDepth: number | null
  /** 1 mono, 2 stereo. */
  channels: number
  /** Integrated loudness target, LUFS (= LKFS). */
  loudnessLufs: number
  /** Allowed deviation from the target either way, LU. */
  loudnessToleranceLu: number
  /** Highest allowed true peak, dBTP. */
  truePeakCeilingDbtp: number
  /** Seconds. */
  maxLeadingSilenceSeconds: number
  /** Seconds. */
  maxTrailingSilenceSeconds: number
}

/** What the measurement found in a file. Null where it could not be told (no bit depth in AAC). */
export type QcMeasurement = {
  format: AudioFormat | null
  integratedLufs: number | null
  loudnessRangeLu: number | null
  truePeakDbtp: number | null
  sampleRateHz: number | null
  bitDepth: number | null
  channels: number | null
  durationSeconds: number | null
  leadingSilenceSeconds: number | null
  trailingSilenceSeconds: number | null
  clippedSamples: number | null
}

export const qcProblemKeys = [
  'format',
  'sampleRate',
  'bitDepth',
  'channels',
  'silent',
  'tooLoud',
  'tooQuiet',
  'truePeak',
  'clipped',
  'leadingSilence',
  'trailingSilence',
  'unmeasured',
] as const
export type QcProblemKey = (typeof qcProblemKeys)[number]

/**
 * One deviation from the spec, as a key of the `qc.problem` messages and its values (numbers in the
 * units the message names), so it is written in the reader's language when shown.
 */
export type QcProblem = { key: QcProblemKey; values: Record<string, string | number> }

export type QcVerdict = { status: 'passed' | 'failed'; problems: QcProblem[] }

/**
 * The integrated loudness ebur128 reports when nothing rises above the absolute gate (−70 LUFS):
 * the file is silent.
 */
export const SILENT_LUFS = -70

/** Formats that satisfy a spec's format: RF64 is WAV for files beyond 4 GB. */
const accepted: Record<SpecFormat, readonly AudioFormat[] | null> = {
  any: null,
  WAV: ['WAV', 'RF64'],
  AIFF: ['AIFF'],
  FLAC: ['FLAC'],
  MP3: ['MP3'],
  AAC: ['AAC'],
}

/** Rounds to one decimal, as loudness meters show it. */
export const oneDecimal = (value: number): number => Math.round(value * 10) / 10

/** Tolerance for comparing measured against allowed seconds and levels (rounding of the meter). */
const EPSILON = 0.05

/**
 * Compares a measurement with the spec. Returns `passed` when nothing deviates, else `failed` with
 * one problem per deviation, in a fixed order (format, sample rate, bit depth, channels, loudness,
 * true peak, clipping, leading and trailing silence). A measurement with no loudness at all (ffmpeg
 * could not read the audio) fails with `unmeasured`. Bit depth is compared only when both sides
 * have one (a lossy file has none; its format is the problem then).
 */
export const compareWithSpec = (spec: DeliverySpec, m: QcMeasurement): QcVerdict => {
  const problems: QcProblem[] = []
  const allowed = accepted[spec.format]
  if (allowed && m.format && !allowed.includes(m.format)) {
    problems.push({ key: 'format', values: { measured: m.format, expected: spec.format } })
  }
  if (m.sampleRateHz !== null && m.sampleRateHz !== spec.sampleRateHz) {
    problems.push({
      key: 'sampleRate',
      values: { measured: m.sampleRateHz / 1000, expected: spec.sampleRateHz / 1000 },
    })
  }
  if (spec.bitDepth !== null && m.bitDepth !== null && m.bitDepth !== spec.bitDepth) {
    problems.push({ key: 'bitDepth', values: { measured: m.bitDepth, expected: spec.bitDepth } })
  }
  if (m.channels !== null && m.channels !== spec.channels) {
    problems.push({ key: 'channels', values: { measured: m.channels, expected: spec.channels } })
  }
  if (m.integratedLufs === null) {
    problems.push({ key: 'unmeasured', values: {} })
  } else if (m.integratedLufs <= SILENT_LUFS) {
    problems.push({ key: 'silent', values: {} })
  } else {
    const deviation = m.integratedLufs - spec.loudnessLufs
    if (Math.abs(deviation) > spec.loudnessToleranceLu + EPSILON) {
      problems.push({
        key: deviation > 0 ? 'tooLoud' : 'tooQuiet',
        values: {
          measured: oneDecimal(m.integratedLufs),
          target: spec.loudnessLufs,
          tolerance: spec.loudnessToleranceLu,
        },
      })
    }
  }
  if (m.truePeakDbtp !== null && m.truePeakDbtp > spec.truePeakCeilingDbtp + EPSILON) {
    problems.push({
      key: 'truePeak',
      values: { measured: oneDecimal(m.truePeakDbtp), ceiling: spec.truePeakCeilingDbtp },
    })
  }
  if (m.clippedSamples !== null && m.clippedSamples > 0) {
    problems.push({ key: 'clipped', values: { count: m.clippedSamples } })
  }
  if (
    m.leadingSilenceSeconds !== null &&
    m.leadingSilenceSeconds > spec.maxLeadingSilenceSeconds + EPSILON
  ) {
    problems.push({
      key: 'leadingSilence',
      values: { measured: oneDecimal(m.leadingSilenceSeconds), max: spec.maxLeadingSilenceSeconds },
    })
  }
  if (
    m.trailingSilenceSeconds !== null &&
    m.trailingSilenceSeconds > spec.maxTrailingSilenceSeconds + EPSILON
  ) {
    problems.push({
      key: 'trailingSilence',
      values: {
        measured: oneDecimal(m.trailingSilenceSeconds),
        max: spec.maxTrailingSilenceSeconds,
      },
    })
  }
  return { status: problems.length === 0 ? 'passed' : 'failed', problems }
}

const voice = {
  format: 'WAV',
  channels: 1,
  truePeakCeilingDbtp: -1,
  maxLeadingSilenceSeconds: 1,
  maxTrailingSilenceSeconds: 2,
} as const

/**
 * The agency's starting delivery spec per project type (the Pricing global overrides them): online
 * and corporate work at −16 LUFS (the online streaming norm), broadcast work at −23 LUFS (EBU R128),
 * documentaries for the US at −24 LKFS (ATSC A/85), audiobooks at −18 LUFS with a −3 dBTP ceiling
 * (ACX asks for −23…−18 dB RMS and −3 dB peaks). All mono WAV, the way voice-overs are mixed.
 */
export const defaultDeliverySpecs: Record<ProjectType, DeliverySpec> = {
  commercial: {
    ...voice,
    sampleRateHz: 48_000,
    bitDepth: 24,
    loudnessLufs: -16,
    loudnessToleranceLu: 1,
  },
  narration: {
    ...voice,
    sampleRateHz: 48_000,
    bitDepth: 24,
    loudnessLufs: -23,
    loudnessToleranceLu: 1,
  },
  e_learning: {
    ...voice,
    sampleRateHz: 44_100,
    bitDepth: 16,
    loudnessLufs: -16,
    loudnessToleranceLu: 1,
  },
  corporate: {
    ...voice,
    sampleRateHz: 48_000,
    bitDepth: 24,
    loudnessLufs: -16,
    loudnessToleranceLu: 1,
  },
  ivr: { ...voice, sampleRateHz: 44_100, bitDepth: 16, loudnessLufs: -16, loudnessToleranceLu: 2 },
  animation: {
    ...voice,
    sampleRateHz: 48_000,
    bitDepth: 24,
    loudnessLufs: -23,
    loudnessToleranceLu: 1,
  },
  audiobook: {
    ...voice,
    sampleRateHz: 44_100,
    bitDepth: 16,
    loudnessLufs: -18,
    loudnessToleranceLu: 2,
    truePeakCeilingDbtp: -3,
  },
  documentary: {
    ...voice,
    sampleRateHz: 48_000,
    bitDepth: 24,
    loudnessLufs: -24,
    loudnessToleranceLu: 2,
    truePeakCeilingDbtp: -2,
  },
}

/** The spec for a project type, from the agency's rows (Pricing global) or the starting defaults. */
export const deliverySpecFor = (
  projectType: string | null | undefined,
  rows: readonly (Partial<DeliverySpec> & { projectType?: string | null })[] = [],
): DeliverySpec => {
  const fallback =
    defaultDeliverySpecs[(projectType ?? 'commercial') as ProjectType] ??
    defaultDeliverySpecs.commercial
  const row = rows.find((r) => r.projectType === projectType)
  if (!row) return fallback
  const picked = Object.fromEntries(
    Object.keys(fallback).map((k) => {
      const value = row[k as keyof DeliverySpec]
      return [
        k,
        value === undefined || (value === null && k !== 'bitDepth')
          ? fallback[k as keyof DeliverySpec]
          : value,
      ]
    }),
  )
  return picked as DeliverySpec
}
