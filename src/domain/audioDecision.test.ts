import { describe, expect, it } from 'vitest'

import { renderSentence } from '@/errors/sentence'

import type { AudioProbe, ParsedFormat } from './audioDecision'
import { decideUpload as decide } from './audioDecision'

/** The decision with a refusal's sentence written out (English unless `locale`), as the API answers. */
const decideUpload = (args: Parameters<typeof decide>[0], locale: 'en' | 'nl' = 'en') => {
  const decision = decide(args)
  if (decision.ok) return decision
  const { sentence, ...rest } = decision
  return { ...rest, message: renderSentence(sentence, locale) }
}

const binaryHead = new Uint8Array([0, 1, 2, 3, 0, 0xff])
const probe = (overrides: Partial<AudioProbe>): AudioProbe => ({
  head: binaryHead,
  pcm: { kind: 'other' },
  parsed: { error: 'Failed to determine audio format' },
  ...overrides,
})
const parsed = (format: ParsedFormat, sniffedMime?: string) =>
  decideUpload({ probe: probe({ parsed: format, sniffedMime }) })

describe('decideUpload for PCM containers', () => {
  it('should accept PCM with its duration in seconds = frames / rate', () => {
    const decision = decideUpload({
      probe: probe({
        sniffedMime: 'audio/wav',
        pcm: {
          kind: 'pcm',
          format: 'RF64',
          codec: 'PCM',
          sampleRateHz: 48000,
          bitDepth: 24,
          channels: 1,
          frames: 72000,
        },
      }),
    })
    expect(decision).toEqual({
      ok: true,
      kind: 'audio',
      mimeType: 'audio/wav',
      audio: {
        format: 'RF64',
        codec: 'PCM',
        durationSeconds: 1.5,
        sampleRateHz: 48000,
        bitDepth: 24,
        channels: 1,
      },
    })
  })

  it('should refuse 0 frames with 422 and the no-sound sentence', () => {
    const decision = decideUpload({
      probe: probe({
        pcm: {
          kind: 'pcm',
          format: 'WAV',
          codec: 'PCM',
          sampleRateHz: 48000,
          bitDepth: 16,
          channels: 1,
          frames: 0,
        },
      }),
    })
    expect(decision).toEqual({
      ok: false,
      status: 422,
      message: 'This audio file has no sound in it (0 samples).',
    })
  })

  it('should refuse a damaged container with 422, whatever the parser thought', () => {
    const decision = decideUpload({
      probe: probe({
        pcm: { kind: 'damaged', container: 'WAV', detail: 'its format chunk is inconsistent' },
        parsed: { container: 'WAVE', codec: 'PCM', sampleRate: 48000, duration: 1 },
      }),
    })
    expect(decision).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(
        /^This audio file is damaged: its format chunk is inconsistent\./,
      ),
    })
  })
})

describe('decideUpload for compressed formats', () => {
  const mp3: ParsedFormat = {
    container: 'MPEG',
    codec: 'MPEG 1 Layer 3',
    sampleRate: 44100,
    numberOfChannels: 2,
    duration: 1.2345,
  }

  it('should accept an MP3 as audio/mpeg, lossy (no bit depth), duration rounded to ms', () => {
    expect(parsed(mp3, 'audio/mpeg')).toEqual({
      ok: true,
      kind: 'audio',
      mimeType: 'audio/mpeg',
      audio: {
        format: 'MP3',
        codec: 'MPEG-1 Layer III',
        durationSeconds: 1.235,
        sampleRateHz: 44100,
        bitDepth: null,
        channels: 2,
      },
    })
  })

  it.each([
    ['video/mp4', 'MPEG-4/AAC', 'AAC', null],
    ['video/3gpp', 'MPEG-4/AAC', 'AAC', null],
    ['audio/x-m4a', 'ALAC', 'ALAC', 24],
  ])('should accept an MP4 sniffed as %s holding %s as %s', (sniffed, codec, format, bitDepth) => {
    expect(
      parsed(
        {
          container: 'isom',
          codec,
          sampleRate: 48000,
          numberOfChannels: 2,
          bitsPerSample: 24,
          duration: 2,
          hasVideo: false,
        },
        sniffed,
      ),
    ).toMatchObject({ ok: true, mimeType: 'audio/mp4', audio: { format, bitDepth } })
  })

  it('should refuse an MP4 with a video track with 415', () => {
    expect(
      parsed(
        {
          container: 'isom',
          codec: 'MPEG-4/AAC',
          sampleRate: 44100,
          numberOfChannels: 2,
          duration: 1,
          hasVideo: true,
        },
        'video/mp4',
      ),
    ).toEqual({
      ok: false,
      status: 415,
      message: 'This file has a video track: deliver the audio only, for example as WAV or M4A.',
    })
  })

  it('should refuse a format with zero duration as having no sound (422)', () => {
    expect(parsed({ ...mp3, duration: 0 }, 'audio/mpeg')).toMatchObject({
      ok: false,
      status: 422,
      message: 'This audio file has no sound in it (0 samples).',
    })
  })

  it('should refuse a format whose frames the parser could not find (no rate) with 422', () => {
    expect(parsed({ container: 'FLAC', codec: 'FLAC', duration: 1 }, 'audio/flac')).toMatchObject({
      ok: false,
      status: 422,
    })
  })

  it('should refuse raw ADTS AAC and WMA as other audio formats (415)', () => {
    expect([
      parsed(
        {
          container: 'ADTS/MPEG-4',
          codec: 'AAC',
          sampleRate: 44100,
          numberOfChannels: 2,
          duration: 1,
        },
        'audio/aac',
      ),
      parsed(
        {
          container: 'ASF/audio',
          codec: 'Windows Media Audio 9',
          sampleRate: 44100,
          numberOfChannels: 2,
          duration: 1,
        },
        'video/x-ms-asf',
      ),
    ]).toMatchObject([
      {
        ok: false,
        status: 415,
        message: expect.stringMatching(
          /^This file is not audio we can play: AAC in ADTS\/MPEG-4 is not one of the formats we accept\./,
        ),
      },
      { ok: false, status: 415 },
    ])
  })

  it('should call an ID3 tag with no frames after it damaged (422)', () => {
    const head = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0x8a, 0x13])
    expect(decideUpload({ probe: probe({ head }) })).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/no MP3 audio frames follow its ID3 tag/),
    })
  })
})

describe('decideUpload for files that are not audio', () => {
  it('should name the kind of file in Dutch for a Dutch reader', () => {
    expect(decideUpload({ probe: probe({ sniffedMime: 'application/pdf' }) }, 'nl')).toEqual({
      ok: false,
      status: 415,
      message:
        'Dit bestand is geen audio die we kunnen afspelen: het is een pdf-document. Upload WAV, AIFF, FLAC, MP3, M4A (AAC of ALAC) of Ogg (Vorbis of Opus).',
    })
  })

  it.each([
    ['image/png', 'an image (PNG)'],
    ['application/x-msdownload', 'a program (executable)'],
    ['application/x-elf', 'a program (executable)'],
    ['application/pdf', 'a PDF document'],
  ])('should refuse %s with 415 saying it is %s', (sniffedMime, what) => {
    expect(decideUpload({ probe: probe({ sniffedMime }) })).toEqual({
      ok: false,
      status: 415,
      message: `This file is not audio we can play: it is ${what}. Upload WAV, AIFF, FLAC, MP3, M4A (AAC or ALAC) or Ogg (Vorbis or Opus).`,
    })
  })

  it.each([
    ['<!DOCTYPE html><html><body>hi</body></html>', 'a web page (HTML)'],
    ['INT. STUDIO — read warmly.\n', 'text'],
  ])('should recognise unsigned bytes %j as %s (415)', (text, what) => {
    const decision = decideUpload({ probe: probe({ head: new TextEncoder().encode(text) }) })
    expect(decision).toMatchObject({
      ok: false,
      status: 415,
      message: expect.stringContaining(`it is ${what}.`),
    })
  })

  it('should accept an allowed image where images are allowed, and name photos in refusals there', () => {
    const images = ['image/jpeg', 'image/png']
    expect([
      decideUpload({ probe: probe({ sniffedMime: 'image/png' }), imageMimeTypes: images }),
      decideUpload({ probe: probe({ sniffedMime: 'image/gif' }), imageMimeTypes: images }),
    ]).toEqual([
      { ok: true, kind: 'image', mimeType: 'image/png' },
      {
        ok: false,
        status: 415,
        message:
          'This file is neither a photo nor audio we can play: it is an image (GIF). Upload a JPEG, PNG, WebP or AVIF photo, or WAV, AIFF, FLAC, MP3, M4A (AAC or ALAC) or Ogg (Vorbis or Opus).',
      },
    ])
  })

  it('should refuse an image where only audio is allowed', () => {
    expect(decideUpload({ probe: probe({ sniffedMime: 'image/jpeg' }) })).toMatchObject({
      ok: false,
      status: 415,
    })
  })
})
