import type { Sentence } from '@/errors/sentence'

import type { AudioFormat, AudioMetadata } from './audio'
import { audioMimeTypes, audioRefusals } from './audio'
import type { PcmContainer } from './audioContainer'

/** The subset of music-metadata's `format` the decision reads (all optional, as there). */
export type ParsedFormat = {
  container?: string
  codec?: string
  sampleRate?: number
  bitsPerSample?: number
  numberOfChannels?: number
  duration?: number
  hasVideo?: boolean
}

/**
 * Everything read from an uploaded file's bytes — never its name or the client's label:
 * - `head`: its first bytes (a few KB), for recognising text and HTML;
 * - `sniffedMime`: the magic-byte type (file-type), if any;
 * - `pcm`: the WAVE/RF64/AIFF chunk check (`readPcmContainer`);
 * - `parsed`: music-metadata's format, or the parser's error message;
 * - `aacChannels`: for an MP4, the AAC decoder configuration's channel count (`readMp4AacChannels`),
 *   which wins over the sample entry's field the parser reports.
 */
export type AudioProbe = {
  head: Uint8Array
  sniffedMime?: string
  pcm: PcmContainer
  parsed: ParsedFormat | { error: string }
  aacChannels?: number | null
}

export type UploadDecision =
  | { ok: true; kind: 'audio'; mimeType: string; audio: AudioMetadata }
  | { ok: true; kind: 'image'; mimeType: string }
  | { ok: false; status: 415 | 422; sentence: Sentence }

/** ISO base media (MP4 family) types as file-type names them: an .m4a of any brand sniffs as one. */
export const isoBaseMediaTypes: ReadonlySet<string> = new Set([
  'audio/mp4',
  'audio/x-m4a',
  'video/mp4',
  'video/3gpp',
  'video/3gpp2',
  'video/quicktime',
  'video/x-m4v',
  'audio/x-m4b',
])

const HTML_MARKERS = /<\s*(!doctype\s+html|html|head|body|script|iframe|svg)\b/i

const executables = new Set([
  'application/x-msdownload',
  'application/vnd.microsoft.portable-executable',
  'application/x-elf',
  'application/x-executable',
  'application/x-mach-binary',
  'application/x-msi',
  'application/x-sharedlib',
  'application/x-dosexec',
])

/** "a PNG image", "a program (executable)"… for a non-audio type. */
const describeMime = (mime: string): Sentence => {
  if (executables.has(mime)) return { key: 'audio.what.program' }
  if (mime === 'application/pdf') return { key: 'audio.what.pdf' }
  if (mime.startsWith('image/')) {
    const sub = mime.slice(6).replace(/^x-/, '').split('+')[0]
    return { key: 'audio.what.image', values: { format: sub.toUpperCase() } }
  }
  if (/zip|rar|7z|tar|gzip|bzip|xz/.test(mime)) return { key: 'audio.what.archive' }
  return { key: 'audio.what.file', values: { mime } }
}

/** For bytes with no binary signature: HTML, plain text, or unknown. */
const describeUnsigned = (head: Uint8Array): Sentence | null => {
  if (head.includes(0)) return null
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 4096))
  if (HTML_MARKERS.test(text)) return { key: 'audio.what.html' }
  // A scan that stops mid-file may cut a multi-byte character at the end.
  return text.slice(0, -2).includes('\uFFFD') ? null : { key: 'audio.what.text' }
}

const roundMs = (seconds: number) => Math.round(seconds * 1000) / 1000

/** Which accepted format music-metadata's answer is, if any. */
const classify = (parsed: ParsedFormat, sniffedMime?: string): AudioFormat | null => {
  const codec = parsed.codec ?? ''
  const container = parsed.container ?? ''
  if (container === 'MPEG' && /^MPEG (1|2|2\.5) Layer 3$/.test(codec)) return 'MP3'
  if (container === 'FLAC' && codec === 'FLAC') return 'FLAC'
  if (container === 'Ogg' && codec.startsWith('Vorbis')) return 'Vorbis'
  if (container === 'Ogg' && codec === 'Opus') return 'Opus'
  if (sniffedMime && isoBaseMediaTypes.has(sniffedMime)) {
    if (codec.startsWith('MPEG-4/AAC')) return 'AAC'
    if (codec === 'ALAC') return 'ALAC'
  }
  return null
}

const codecLabel = (format: AudioFormat, parsed: ParsedFormat): string => {
  if (format === 'MP3') {
    const version = /^MPEG (1|2|2\.5)/.exec(parsed.codec ?? '')?.[1] ?? '1'
    return `MPEG-${version} Layer III`
  }
  if (format === 'AAC') return 'AAC'
  return format
}

/**
 * Is this upload acceptable audio (or, where `imageMimeTypes` is given, an accepted image), and
 * what do we store? Input: an {@link AudioProbe}; output: `{ ok: true, kind: 'audio', mimeType,
 * audio }` with the canonical type (`audio/wav`, `audio/aiff`, `audio/flac`, `audio/mpeg`,
 * `audio/mp4`, `audio/ogg`) and the detected {@link AudioMetadata}; `{ ok: true, kind: 'image' }`
 * for an allowed image type; or `{ ok: false, status, sentence }` — 415 when the bytes are not an
 * accepted audio format at all (another kind of file, another audio format, a video), 422 when they
 * claim one but are damaged, hold a codec we don't take, or hold no samples / zero duration.
 * Rules from issue 10, item 2: WAV (PCM 8–32-bit, IEEE float, extensible, BWF, RF64), AIFF/AIFC,
 * FLAC, MP3, AAC/ALAC in MP4 without video, Ogg Vorbis/Opus.
 */
const unrecognised: Sentence = { key: 'audio.what.unrecognised' }

export const decideUpload = ({
  probe,
  imageMimeTypes,
}: {
  probe: AudioProbe
  imageMimeTypes?: readonly string[]
}): UploadDecision => {
  const { pcm, parsed, sniffedMime, head } = probe
  const startsWithId3 = head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33
  const noFramesAfterId3: UploadDecision = {
    ok: false,
    status: 422,
    sentence: audioRefusals.damaged('no MP3 audio frames follow its ID3 tag'),
  }
  const notAudio = (what: Sentence): UploadDecision => ({
    ok: false,
    status: 415,
    sentence: imageMimeTypes ? audioRefusals.noImageOrAudio(what) : audioRefusals.notAudio(what),
  })

  if (pcm.kind === 'damaged')
    return { ok: false, status: 422, sentence: audioRefusals.damaged(pcm.detail) }
  if (pcm.kind === 'codec')
    return { ok: false, status: 422, sentence: audioRefusals.codec(pcm.container, pcm.codec) }
  if (pcm.kind === 'pcm') {
    if (pcm.frames === 0) return { ok: false, status: 422, sentence: audioRefusals.noSamples() }
    return {
      ok: true,
      kind: 'audio',
      mimeType: audioMimeTypes[pcm.format],
      audio: {
        format: pcm.format,
        codec: pcm.codec,
        durationSeconds: roundMs(pcm.frames / pcm.sampleRateHz),
        sampleRateHz: pcm.sampleRateHz,
        bitDepth: pcm.bitDepth,
        channels: pcm.channels,
      },
    }
  }

  const sniffedTop = sniffedMime?.split('/')[0]
  if (sniffedMime && imageMimeTypes?.includes(sniffedMime)) {
    return { ok: true, kind: 'image', mimeType: sniffedMime }
  }
  if (sniffedMime && sniffedTop !== 'audio' && sniffedTop !== 'video') {
    return notAudio(describeMime(sniffedMime))
  }

  if ('error' in parsed) {
    if (startsWithId3 && !sniffedMime) return noFramesAfterId3
    if (sniffedMime) {
      return {
        ok: false,
        status: 422,
        sentence: audioRefusals.damaged(`it could not be read as ${sniffedMime}`),
      }
    }
    const what = describeUnsigned(head)
    if (what) return notAudio(what)
    return {
      ok: false,
      status: 415,
      sentence: imageMimeTypes
        ? audioRefusals.noImageOrAudio(unrecognised)
        : audioRefusals.unknown(),
    }
  }

  if (parsed.hasVideo) return { ok: false, status: 415, sentence: audioRefusals.video() }
  const format = classify(parsed, sniffedMime)
  const hasDuration = typeof parsed.duration === 'number' && Number.isFinite(parsed.duration)
  if (!format) {
    if (!parsed.codec && !sniffedMime) {
      const what = describeUnsigned(head)
      if (what) return notAudio(what)
    }
    if (startsWithId3 && !(hasDuration && parsed.duration! > 0)) return noFramesAfterId3
    if (parsed.codec || parsed.container) {
      const what = [parsed.codec, parsed.container && `in ${parsed.container}`]
        .filter(Boolean)
        .join(' ')
      return { ok: false, status: 415, sentence: audioRefusals.otherAudio(what) }
    }
    return imageMimeTypes
      ? notAudio(unrecognised)
      : { ok: false, status: 415, sentence: audioRefusals.unknown() }
  }
  if (!parsed.sampleRate || !parsed.numberOfChannels) {
    return {
      ok: false,
      status: 422,
      sentence: audioRefusals.damaged('no audio frames could be read from it'),
    }
  }
  if (!hasDuration || parsed.duration! <= 0) {
    return { ok: false, status: 422, sentence: audioRefusals.noSamples() }
  }
  const lossless = format === 'FLAC' || format === 'ALAC'
  return {
    ok: true,
    kind: 'audio',
    mimeType: audioMimeTypes[format],
    audio: {
      format,
      codec: codecLabel(format, parsed),
      durationSeconds: roundMs(parsed.duration!),
      sampleRateHz: parsed.sampleRate,
      bitDepth: lossless ? (parsed.bitsPerSample ?? null) : null,
      channels: (format === 'AAC' && probe.aacChannels) || parsed.numberOfChannels,
    },
  }
}
