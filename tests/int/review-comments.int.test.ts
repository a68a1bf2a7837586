import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import { wavFile } from '../helpers/files'
import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type ErrorBody = { errors?: { message: string; data?: { key?: string } }[] }

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
const userIds: Record<string, number> = {}
let voiceoverId = 0
const parties = () => ({ customer: tokens.customer, artist: tokens.artist })

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const users = {
    // Dutch: the refusals reach them in their own language.
    customer: await createUser({ payload, role: 'customer', locale: 'nl' }),
    artist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(users)) {
    tokens[name] = await api.login(user.email, PASSWORD)
    userIds[name] = user.id
  }
  voiceoverId = (await createVoiceover({ payload, user: users.artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

const take = (seconds: number, seed = 1) => ({
  data: wavFile(seconds, seed),
  name: 'take.wav',
  type: 'audio/wav',
})

/** A booking in review with a 5-second version 1. */
const reviewing = async () => {
  const booking = await steps.inProduction(parties())
  const delivery = await steps.deliverShown(tokens.artist, booking.id, take(5))
  if (delivery.status !== 201) throw new Error(`delivery failed: ${delivery.status}`)
  return { booking, v1: delivery.body.doc }
}

const comment = (
  deliverable: number,
  json: Record<string, unknown>,
  token: string = tokens.customer,
) =>
  api.post<{ doc: Doc } & ErrorBody>(`/${slugs.reviewComments}`, {
    token,
    json: { deliverable, body: 'Warmer, please.', ...json },
  })

const resolve = (id: number, resolved = true) =>
  api.patch<{ doc: Doc } & ErrorBody>(`/${slugs.reviewComments}/${id}`, {
    token: tokens.artist,
    json: { resolved },
  })

const stored = (id: number) =>
  ctx.payload.findByID({ collection: slugs.reviewComments, id, depth: 0 })

describe('commenting on a version', () => {
  it('should take the booking, version, parties and author of a comment from the server', async () => {
    const { booking, v1 } = await reviewing()
    const res = await comment(v1.id, {
      startSeconds: 2,
      author: userIds.artist,
      resolved: true,
      booking: 1,
    })
    const doc = await stored(res.body.doc.id)
    expect([
      res.status,
      doc.booking,
      doc.version,
      doc.author,
      doc.customer,
      doc.artist,
      doc.resolved,
    ]).toEqual([201, booking.id, 1, userIds.customer, userIds.customer, userIds.artist, false])
  })

  it('should keep a region and trim its text', async () => {
    const { v1 } = await reviewing()
    const res = await comment(v1.id, { startSeconds: 1.5, endSeconds: 3.25, body: '  Slower.  ' })
    const doc = await stored(res.body.doc.id)
    expect([doc.startSeconds, doc.endSeconds, doc.body]).toEqual([1.5, 3.25, 'Slower.'])
  })

  it.each([
    [{}, 'startMissing'],
    [{ startSeconds: 'soon' }, 'startNotNumber'],
    [{ startSeconds: -1 }, 'startNegative'],
    [{ startSeconds: 6 }, 'startPastEnd'],
    [{ startSeconds: 2, endSeconds: 'later' }, 'endNotNumber'],
    [{ startSeconds: 2, endSeconds: 2 }, 'endNotAfterStart'],
    [{ startSeconds: 2, endSeconds: 5.5 }, 'endPastEnd'],
    [{ startSeconds: 2, body: '   ' }, 'empty'],
  ])('should refuse %j with a 400 saying %s', async (times, key) => {
    const { v1 } = await reviewing()
    const res = await comment(v1.id, times)
    expect([res.status, res.body.errors?.[0]?.data?.key]).toEqual([400, `reviewComment.${key}`])
  })

  it('should tell a Dutch customer how long the version is when a comment starts past its end', async () => {
    const { v1 } = await reviewing()
    const res = await comment(v1.id, { startSeconds: 9 })
    expect(res.body.errors?.[0]?.message).toBe(
      'Deze versie duurt 5 seconden; de opmerking kan niet na het einde beginnen.',
    )
  })

  it('should refuse a comment while the artist is recording the revision', async () => {
    const { v1 } = await reviewing()
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'Again.')
    const res = await comment(v1.id, { startSeconds: 1 })
    expect([res.status, res.body.errors?.[0]?.data?.key]).toEqual([
      409,
      'reviewComment.notInReview',
    ])
  })
})

describe('a revision request with comments', () => {
  it('should gather the open comments into a numbered pickup list, earliest first', async () => {
    const { v1 } = await reviewing()
    const late = await comment(v1.id, { startSeconds: 3.5, body: 'Last word clipped.' })
    const early = await comment(v1.id, { startSeconds: 0.25, endSeconds: 1, body: 'Softer.' })
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'Two pickups.')
    const decided = await ctx.payload.findByID({
      collection: slugs.deliverables,
      id: v1.id,
      depth: 0,
    })
    expect(
      (decided.pickups as { number: number; id: number }[]).map((p) => [p.number, p.id]),
    ).toEqual([
      [1, early.body.doc.id],
      [2, late.body.doc.id],
    ])
  })

  it('should put the numbered pickups in the artist’s email', async () => {
    const { booking, v1 } = await reviewing()
    await comment(v1.id, { startSeconds: 2, body: 'Say "Amsterdam" warmer.' })
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'See the pickup.')
    const jobs = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendNotification' } },
      pagination: false,
      depth: 0,
    })
    const queued = jobs.docs
      .map((job) => JSON.stringify(job.input))
      .filter((input) => input.includes(`"booking":${booking.id}`))
    expect(queued.some((input) => input.includes('1. 0:02.0 — Say \\"Amsterdam\\" warmer.'))).toBe(
      true,
    )
  })

  it('should leave the pickup list out when no comment is open', async () => {
    const { v1 } = await reviewing()
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'Just slower.')
    const decided = await ctx.payload.findByID({
      collection: slugs.deliverables,
      id: v1.id,
      depth: 0,
    })
    expect(decided.pickups ?? null).toBe(null)
  })
})

describe('resolving pickups', () => {
  it('should refuse to resolve a pickup before the next version is delivered', async () => {
    const { v1 } = await reviewing()
    const made = await comment(v1.id, { startSeconds: 1 })
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'Again.')
    const res = await resolve(made.body.doc.id)
    expect([res.status, res.body.errors?.[0]?.data?.key]).toEqual([
      409,
      'reviewComment.resolveInNewerVersion',
    ])
  })

  it('should mark a pickup resolved in the next version', async () => {
    const { booking, v1 } = await reviewing()
    const made = await comment(v1.id, { startSeconds: 1 })
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'Again.')
    const v2 = (await steps.deliverShown(tokens.artist, booking.id, take(5, 2))).body.doc
    const res = await resolve(made.body.doc.id)
    const doc = await stored(made.body.doc.id)
    expect([res.status, doc.resolved, doc.resolvedIn, doc.resolvedBy]).toEqual([
      200,
      true,
      v2.id,
      userIds.artist,
    ])
  })

  it('should let the artist change whether a pickup is resolved and nothing else', async () => {
    const { booking, v1 } = await reviewing()
    const made = await comment(v1.id, { startSeconds: 1, body: 'Original.' })
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'Again.')
    await steps.deliverShown(tokens.artist, booking.id, take(5, 2))
    await api.patch(`/${slugs.reviewComments}/${made.body.doc.id}`, {
      token: tokens.artist,
      json: { resolved: true, body: 'Rewritten.', startSeconds: 4 },
    })
    const doc = await stored(made.body.doc.id)
    expect([doc.resolved, doc.body, doc.startSeconds]).toEqual([true, 'Original.', 1])
  })

  it('should not gather a resolved pickup into the next revision request', async () => {
    const { booking, v1 } = await reviewing()
    const fixed = await comment(v1.id, { startSeconds: 1, body: 'Fixed in v2.' })
    await steps.decide(tokens.customer, v1.id, 'revision_requested', 'Again.')
    const v2 = (await steps.deliverShown(tokens.artist, booking.id, take(5, 2))).body.doc
    await resolve(fixed.body.doc.id)
    const fresh = await comment(v2.id, { startSeconds: 4, body: 'New on v2.' })
    await steps.decide(tokens.customer, v2.id, 'revision_requested', 'One more.')
    const decided = await ctx.payload.findByID({
      collection: slugs.deliverables,
      id: v2.id,
      depth: 0,
    })
    expect((decided.pickups as { id: number }[]).map((p) => p.id)).toEqual([fresh.body.doc.id])
  })
})

describe('delivery waveform', () => {
  it('should compute 20 peak pairs per second of a 60-second delivery', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, take(60))
    await drainJobs(ctx.payload)
    const doc = await ctx.payload.findByID({
      collection: slugs.deliverables,
      id: res.body.doc.id,
      depth: 0,
    })
    const peaks = doc.waveform?.peaks as { length: number; data: number[] }
    expect([doc.waveform?.status, peaks.length, peaks.data.length]).toEqual(['ready', 1200, 2400])
  })

  it('should record the decoded length of the delivery with its waveform', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, take(3))
    await drainJobs(ctx.payload)
    const doc = await ctx.payload.findByID({
      collection: slugs.deliverables,
      id: res.body.doc.id,
      depth: 0,
    })
    expect(doc.waveform?.durationSeconds).toBeCloseTo(3, 1)
  })
})
