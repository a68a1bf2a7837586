import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import { formWith, jpegFile } from '../helpers/files'
import type { Doc } from '../helpers/journey'
import { journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

/**
 * Every file of the real-world audio corpus (tests/fixtures/real-world/audio, made by
 * scripts/fixtures/make-audio-corpus.mjs) delivered through POST /api/deliverables under a label that
 * lies about it. Expectations come from corpus.json: the parameters each file was generated with.
 */
type Expected = {
  file: string
  expect: 'accepted' | 'refused'
  status?: 415 | 422
  mimeType?: string
  audio?: {
    format: string
    codec: string
    durationSeconds: number
    sampleRateHz: number
    bitDepth: number | null
    channels: number
  }
}

const corpusDir = path.resolve(__dirname, '../fixtures/real-world/audio')
const corpus: Expected[] = JSON.parse(fs.readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8'))
const accepted = corpus.filter((c) => c.expect === 'accepted')
const refused = corpus.filter((c) => c.expect === 'refused')
const labels = ['application/octet-stream', 'audio/mp3', 'video/mp4'] as const
const bytesOf = (file: string) => fs.readFileSync(path.join(corpusDir, file))

/**
 * How far a parsed duration may be from the generated one. PCM containers state their frame count
 * exactly. Lossy and block codecs add whole frames of encoder delay and padding: an MP3 frame holds
 * 1152 samples (26 ms at 44.1 kHz) and LAME pads up to about two; an AAC frame 1024 (23 ms), with
 * one frame of priming.
 */
const durationTolerance = (format: string) =>
  ['WAV', 'RF64', 'AIFF', 'FLAC', 'ALAC', 'Vorbis', 'Opus'].includes(format) ? 0.001 : 0.08

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
let voiceoverId = 0
const parties = () => ({ customer: tokens.customer, artist: tokens.artist })

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const users = {
    admin: await createUser({ payload, role: 'admin' }),
    customer: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(users)) {
    tokens[name] = await api.login(user.email, PASSWORD)
  }
  voiceoverId = (await createVoiceover({ payload, user: users.artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

const bookingStatus = async (id: number) =>
  (await ctx.payload.findByID({ collection: slugs.bookings, id, depth: 0 })).status

type Stored = Doc & { mimeType?: string; audio?: Record<string, unknown> }
type Refusal = { errors?: { message: string }[] }

describe('delivering real-world audio', () => {
  it.each(accepted.flatMap((c) => labels.map((label) => [c.file, label, c] as const)))(
    'should accept %s sent as %s and store what it holds',
    async (file, label, expected) => {
      const booking = await steps.inProduction(parties())
      const res = await steps.deliver(tokens.artist, booking.id, {
        data: bytesOf(file),
        name: 'take.bin',
        type: label,
      })
      expect(res.status).toBe(201)
      const stored = (await ctx.payload.findByID({
        collection: slugs.deliverables,
        id: res.body.doc.id,
        depth: 0,
      })) as unknown as Stored
      const audio = expected.audio!
      const { durationSeconds, ...exact } = stored.audio as { durationSeconds: number }
      expect({ mimeType: stored.mimeType, audio: exact }).toEqual({
        mimeType: expected.mimeType,
        audio: {
          format: audio.format,
          codec: audio.codec,
          sampleRateHz: audio.sampleRateHz,
          bitDepth: audio.bitDepth,
          channels: audio.channels,
        },
      })
      expect(Math.abs(durationSeconds - audio.durationSeconds)).toBeLessThanOrEqual(
        durationTolerance(audio.format),
      )
      expect(await bookingStatus(booking.id)).toBe('in_production')
    },
  )

  const refusalMessage: Record<string, RegExp> = {
    'bad-riff-wave-random.wav': /^This audio file is damaged: its chunk structure is broken/,
    'bad-wav-60-bytes-no-samples.wav': /^This audio file has no sound in it \(0 samples\)\.$/,
    'bad-wav-truncated-data.wav':
      /^This audio file is damaged: it declares 192000 bytes of samples but only 24000 arrived/,
    'bad-wav-insane-fmt.wav': /^This audio file is damaged: its format chunk is inconsistent\./,
    'bad-mp3-id3-then-random.mp3':
      /^This audio file is damaged: no MP3 audio frames follow its ID3 tag\./,
    'bad-mp4-with-video.mp4': /^This file has a video track: deliver the audio only/,
    'not-audio-png-renamed.wav': /^This file is not audio we can play: it is an image \(PNG\)\./,
    'not-audio-exe-renamed.wav':
      /^This file is not audio we can play: it is a program \(executable\)\./,
    'not-audio-text.wav': /^This file is not audio we can play: it is text\./,
    'not-audio-html.mp3': /^This file is not audio we can play: it is a web page \(HTML\)\./,
  }

  it('should have a refusal sentence for every refused corpus file', () => {
    expect(refused.map((c) => c.file).sort()).toEqual(Object.keys(refusalMessage).sort())
  })

  it.each(refused.flatMap((c) => labels.map((label) => [c.file, label, c] as const)))(
    'should refuse %s sent as %s, store nothing and keep the booking in production',
    async (file, label, expected) => {
      const booking = await steps.inProduction(parties())
      const res = await steps.deliver(tokens.artist, booking.id, {
        data: bytesOf(file),
        name: 'take.wav',
        type: label,
      })
      const body = res.body as Refusal
      const count = await ctx.payload.count({
        collection: slugs.deliverables,
        where: { booking: { equals: booking.id } },
      })
      expect(res.status).toBe(expected.status)
      expect(body.errors?.[0]?.message).toMatch(refusalMessage[file])
      expect([count.totalDocs, await bookingStatus(booking.id)]).toEqual([0, 'in_production'])
    },
  )

  it('should not let the artist write the detected audio fields', async () => {
    const booking = await steps.inProduction(parties())
    const form = formWith(
      { data: bytesOf('wav-pcm24-48k-mono.wav'), name: 'take.wav', type: 'audio/wav' },
      { booking: String(booking.id) },
    )
    form.append(
      '_payload',
      JSON.stringify({ audio: { format: 'FLAC', sampleRateHz: 192000, channels: 8 } }),
    )
    const res = await api.post<{ doc: Stored }>('/deliverables', { token: tokens.artist, form })
    expect(res.status).toBe(201)
    expect(res.body.doc.audio).toMatchObject({ format: 'WAV', sampleRateHz: 48000, channels: 1 })
  })

  it('should serve an .m4a delivery as the audio/mp4 it was judged to be, not as video', async () => {
    const booking = await steps.inProduction(parties())
    const form = formWith(
      { data: bytesOf('m4a-aac-isom-44k1-mono.m4a'), name: 'take.m4a', type: 'video/mp4' },
      { booking: String(booking.id) },
    )
    const created = await api.post<{ doc: Stored & { filename: string } }>('/deliverables', {
      token: tokens.artist,
      form,
    })
    await steps.release(tokens.artist, created.body.doc.id)
    const file = await api.get(`/deliverables/file/${created.body.doc.filename}`, {
      token: tokens.customer,
    })
    expect([created.status, file.status, file.headers.get('content-type')]).toEqual([
      201,
      200,
      'audio/mp4',
    ])
  })

  it('should refuse a customer’s delivery upload for lack of access, before judging the file', async () => {
    const booking = await steps.inProduction(parties())
    const form = formWith(
      { data: Buffer.from('<!doctype html><p>not audio</p>'), name: 'take.wav', type: 'audio/wav' },
      { booking: String(booking.id) },
    )
    const res = await api.post<Refusal>('/deliverables', { token: tokens.customer, form })
    expect([res.status, await bookingStatus(booking.id)]).toEqual([403, 'in_production'])
  })
})

describe('demo uploads to media', () => {
  const upload = (data: Buffer, name: string, type: string) =>
    api.post<{ doc: Stored } & Refusal>('/media', {
      token: tokens.admin,
      form: formWith({ data, name, type }, { _payload: JSON.stringify({ alt: 'Demo' }) }),
    })

  it('should accept an RF64 demo from an admin labelled application/octet-stream', async () => {
    const res = await upload(
      bytesOf('real-delivery-rf64.wav'),
      'demo.wav',
      'application/octet-stream',
    )
    expect(res.status).toBe(201)
    expect([res.body.doc.mimeType, res.body.doc.audio]).toEqual([
      'audio/wav',
      {
        format: 'RF64',
        codec: 'PCM',
        durationSeconds: 1,
        sampleRateHz: 48000,
        bitDepth: 24,
        channels: 1,
      },
    ])
  })

  it('should still accept a photo, with no audio stored', async () => {
    const res = await upload(await jpegFile(), 'portrait.bin', 'application/octet-stream')
    expect(res.status).toBe(201)
    expect([res.body.doc.mimeType, res.body.doc.audio?.format ?? null]).toEqual([
      'image/jpeg',
      null,
    ])
  })

  it('should refuse an executable as a demo with 415', async () => {
    const res = await upload(bytesOf('not-audio-exe-renamed.wav'), 'demo.wav', 'audio/wav')
    expect(res.status).toBe(415)
    expect(res.body.errors?.[0]?.message).toMatch(
      /^This file is neither a photo nor audio we can play: it is a program \(executable\)\./,
    )
  })
})
