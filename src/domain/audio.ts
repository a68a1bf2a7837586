import type { Sentence } from '@/errors/sentence'

/** The audio formats 14voices accepts for deliveries and demos, as stored on the document. */
export const audioFormats = [
  'WAV',
  'RF64',
  'AIFF',
  'FLAC',
  'MP3',
  'AAC',
  'ALAC',
  'Vorbis',
  'Opus',
] as const
export type AudioFormat = (typeof audioFormats)[number]

/** The one content type stored for each format (never the client's label). */
export const audioMimeTypes = {
  WAV: 'audio/wav',
  RF64: 'audio/wav',
  AIFF: 'audio/aiff',
  FLAC: 'audio/flac',
  MP3: 'audio/mpeg',
  AAC: 'audio/mp4',
  ALAC: 'audio/mp4',
  Vorbis: 'audio/ogg',
  Opus: 'audio/ogg',
} as const satisfies Record<AudioFormat, string>
export type AudioMimeType = (typeof audioMimeTypes)[AudioFormat]

/**
 * What was detected in an accepted audio file. `durationSeconds` is rounded to milliseconds;
 * `bitDepth` is the PCM sample size (valid bits) for uncompressed and lossless formats, `null` for
 * lossy ones (MP3, AAC, Vorbis, Opus have no bit depth).
 */
export type AudioMetadata = {
  format: AudioFormat
  codec: string
  durationSeconds: number
  sampleRateHz: number
  bitDepth: number | null
  channels: number
}

/**
 * Every audio refusal, as a sentence of the `errors` catalogue (`audio.*`, written in the reader's
 * language). 415: the bytes are not one of the accepted audio formats (another kind of file, another
 * audio format, a video). 422: the bytes claim an accepted format but hold nothing playable (broken
 * structure, no samples, zero duration, a codec inside the container we don't take). `what` names
 * the kind of file (`audio.what.*`); `detail` is the technical reason a file is damaged, quoted as
 * it is (English); codec and container names are the same in every language.
 */
export const audioRefusals = {
  notAudio: (what: Sentence): Sentence => ({ key: 'audio.notAudio', values: { what } }),
  unknown: (): Sentence => ({ key: 'audio.unknown' }),
  otherAudio: (what: string): Sentence => ({ key: 'audio.otherAudio', values: { what } }),
  video: (): Sentence => ({ key: 'audio.video' }),
  damaged: (detail: string): Sentence => ({ key: 'audio.damaged', values: { detail } }),
  codec: (container: string, codec: string): Sentence => ({
    key: 'audio.codec',
    values: { container, codec },
  }),
  noSamples: (): Sentence => ({ key: 'audio.noSamples' }),
  noImageOrAudio: (what: Sentence): Sentence => ({
    key: 'audio.noImageOrAudio',
    values: { what },
  }),
} as const

const channelNames: Record<number, string> = { 1: 'mono', 2: 'stereo' }

/** "0:32" from seconds (rounded to the nearest second; hours shown as "1:02:03"). */
export const formatDuration = (seconds: number): string => {
  const total = Math.max(0, Math.round(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** "48 kHz", "44.1 kHz", "22.05 kHz" from a rate in Hz. */
export const formatSampleRate = (hz: number): string =>
  `${Number((hz / 1000).toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 })} kHz`

/**
 * One line for people: "WAV · 48 kHz · 24-bit · mono · 0:32" (bit depth left out for lossy
 * formats, "6 ch" past stereo). Takes the stored fields, any of which may be missing on older
 * documents; returns `null` when nothing was detected.
 */
export const formatAudioSummary = (
  audio: Partial<{ [K in keyof AudioMetadata]: AudioMetadata[K] | null }> | null | undefined,
): string | null => {
  if (!audio?.format) return null
  const parts: string[] = [audio.format]
  if (audio.sampleRateHz) parts.push(formatSampleRate(audio.sampleRateHz))
  if (audio.bitDepth) parts.push(`${audio.bitDepth}-bit`)
  if (audio.channels) parts.push(channelNames[audio.channels] ?? `${audio.channels} ch`)
  if (typeof audio.durationSeconds === 'number') parts.push(formatDuration(audio.durationSeconds))
  return parts.join(' · ')
}
