import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compareAndSetStatus } from '@/db/compareAndSetStatus'
import { MEASURE_DELIVERY_TASK } from '@/jobs/tasks/measureDelivery'
import { slugs } from '@/slugs'

import { passingTake, referenceWav } from '../helpers/audio'
import { wavFile } from '../helpers/files'
import type { Doc, List } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

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
    otherArtist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(users)) {
    tokens[name] = await api.login(user.email, PASSWORD)
  }
  voiceoverId = (await createVoiceover({ payload, user: users.artist.id })).id
  await createVoiceover({ payload, user: users.otherArtist.id })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const take = (data: Buffer) => ({ data, name: 'take.wav', type: 'audio/wav' })
const statusOf = async (bookingId: number) =>
  (await ctx.payload.findByID({ collection: slugs.bookings, id: bookingId, depth: 0 })).status
const deliverableOf = (id: number) =>
  ctx.payload.findByID({ collection: slugs.deliverables, id, depth: 0 })
const readyEmails = async (bookingId: number) =>
  (
    await ctx.payload.find({
      collection: slugs.emailDeliveries,
      where: {
        and: [{ booking: { equals: bookingId } }, { kind: { equals: 'delivery_ready_customer' } }],
      },
      depth: 0,
    })
  ).totalDocs

/** A booking in production with one delivery of `data`, measured by the QC job. */
const measuredDelivery = async (data: Buffer) => {
  const booking = await steps.inProduction(parties())
  const res = await steps.deliver(tokens.artist, booking.id, take(data))
  if (res.status !== 201) throw new Error(`delivery failed: ${res.status}`)
  await drainJobs(ctx.payload)
  return { booking, delivery: res.body.doc }
}

describe('the delivery spec', () => {
  it('should copy the project type’s spec from the pricing rules onto a new booking', async () => {
    const booking = await steps.book(tokens.customer, { projectType: 'narration' })
    const stored = await ctx.payload.findByID({ collection: slugs.bookings, id: booking.id })
    expect([stored.deliverySpec?.loudnessLufs, stored.deliverySpec?.sampleRateHz]).toEqual([
      -23, 48_000,
    ])
  })

  it('should keep a customer’s own spec out of a new booking', async () => {
    const booking = await steps.book(tokens.customer, {
      projectType: 'commercial',
      deliverySpec: { loudnessLufs: -5 },
    })
    const stored = await ctx.payload.findByID({ collection: slugs.bookings, id: booking.id })
    expect(stored.deliverySpec?.loudnessLufs).toBe(-16)
  })

  it('should let an admin change a booking’s spec', async () => {
    const booking = await steps.book(tokens.customer)
    const res = await api.patch<{ doc: { deliverySpec: { loudnessLufs: number } } }>(
      `/bookings/${booking.id}`,
      { token: tokens.admin, json: { deliverySpec: { loudnessLufs: -23 } } },
    )
    expect([res.status, res.body.doc.deliverySpec.loudnessLufs]).toEqual([200, -23])
  })
})

describe('a delivery that passes the technical check', () => {
  it('should wait hidden, as pending, until the check has run', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, take(passingTake()))
    const list = await api.get<List>(`/deliverables?where[booking][equals]=${booking.id}`, {
      token: tokens.customer,
    })
    expect([
      (res.body.doc.qc as { status: string }).status,
      await statusOf(booking.id),
      list.body.totalDocs,
    ]).toEqual(['pending', 'in_production', 0])
  })

  it('should store the report with its values and move the booking to review', async () => {
    const { booking, delivery } = await measuredDelivery(passingTake())
    const { qc } = await deliverableOf(delivery.id)
    expect({
      status: qc?.status,
      loudnessNear: Math.abs((qc?.integratedLufs ?? 0) + 16) <= 0.5,
      sampleRateHz: qc?.sampleRateHz,
      bitDepth: qc?.bitDepth,
      channels: qc?.channels,
      problems: qc?.problems,
      published: Boolean(qc?.publishedAt),
      booking: await statusOf(booking.id),
    }).toEqual({
      status: 'passed',
      loudnessNear: true,
      sampleRateHz: 48_000,
      bitDepth: 24,
      channels: 1,
      problems: [],
      published: true,
      booking: 'review',
    })
  })

  it('should email the customer once, even when the check runs again', async () => {
    const { booking, delivery } = await measuredDelivery(passingTake())
    await ctx.payload.jobs.queue({
      task: MEASURE_DELIVERY_TASK,
      input: { deliverable: delivery.id, filename: delivery.filename as string },
    })
    await drainJobs(ctx.payload)
    expect(await readyEmails(booking.id)).toBe(1)
  })

  it('should show the customer the passed delivery with its values', async () => {
    const { delivery } = await measuredDelivery(passingTake())
    const res = await api.get<Doc>(`/deliverables/${delivery.id}`, { token: tokens.customer })
    const qc = res.body.qc as { status: string; truePeakDbtp: number }
    expect([res.status, qc.status, typeof qc.truePeakDbtp]).toEqual([200, 'passed', 'number'])
  })
})

describe('a delivery that fails the technical check', () => {
  it('should report each problem to the artist', async () => {
    // The test take: 22.05 kHz, 16-bit, quiet speech-like audio against the commercial spec.
    const { delivery } = await measuredDelivery(wavFile(2))
    const res = await api.get<Doc>(`/deliverables/${delivery.id}`, { token: tokens.artist })
    const qc = res.body.qc as { status: string; problems: { key: string }[] }
    expect([res.status, qc.status]).toEqual([200, 'failed'])
    expect(qc.problems.map((p) => p.key)).toEqual(
      expect.arrayContaining(['sampleRate', 'bitDepth']),
    )
  })

  it('should leave the booking in production and email nobody', async () => {
    const { booking } = await measuredDelivery(wavFile(2))
    expect([await statusOf(booking.id), await readyEmails(booking.id)]).toEqual([
      'in_production',
      0,
    ])
  })

  it('should be invisible to the customer in the list, by id and at its file URL', async () => {
    const { booking, delivery } = await measuredDelivery(wavFile(2))
    const list = await api.get<List>(`/deliverables?where[booking][equals]=${booking.id}`, {
      token: tokens.customer,
    })
    const byId = await api.get(`/deliverables/${delivery.id}`, { token: tokens.customer })
    const file = await api.get(`/deliverables/file/${delivery.filename as string}`, {
      token: tokens.customer,
    })
    expect([list.body.totalDocs, byId.status, file.status]).toEqual([0, 404, 403])
  })

  it('should refuse the customer’s decision on it as on anyone else’s delivery', async () => {
    const { delivery } = await measuredDelivery(wavFile(2))
    const res = await steps.decide(tokens.customer, delivery.id, 'approved')
    expect(res.status).toBe(403)
  })

  it('should show the replacing version that passes, and not the failed one', async () => {
    const { booking } = await measuredDelivery(wavFile(2))
    await steps.deliver(tokens.artist, booking.id, take(passingTake()))
    await drainJobs(ctx.payload)
    const list = await api.get<List>(`/deliverables?where[booking][equals]=${booking.id}`, {
      token: tokens.customer,
    })
    expect([list.body.docs.map((d) => d.version), await statusOf(booking.id)]).toEqual([
      [2],
      'review',
    ])
  })
})

describe('a newer take in its check while the customer reviews', () => {
  it('should let the customer approve the version they see, and keep the newer one hidden', async () => {
    const { booking, delivery } = await measuredDelivery(passingTake())
    await steps.deliver(tokens.artist, booking.id, take(passingTake()))
    const approved = await steps.decide(tokens.customer, delivery.id, 'approved')
    await drainJobs(ctx.payload)
    const list = await api.get<List>(`/deliverables?where[booking][equals]=${booking.id}`, {
      token: tokens.customer,
    })
    expect([
      approved.status,
      await statusOf(booking.id),
      list.body.docs.map((d) => d.version),
    ]).toEqual([200, 'completed', [1]])
  })
})

describe('releasing a delivery', () => {
  it('should show a failed delivery to the customer with the artist’s note', async () => {
    const { booking, delivery } = await measuredDelivery(wavFile(2))
    const res = await steps.release(tokens.artist, delivery.id, 'The customer asked for 22 kHz.')
    await drainJobs(ctx.payload)
    const seen = await api.get<Doc>(`/deliverables/${delivery.id}`, { token: tokens.customer })
    const file = await api.get(`/deliverables/file/${delivery.filename as string}`, {
      token: tokens.customer,
    })
    expect({
      release: res.status,
      seen: seen.status,
      note: (seen.body.qc as { releaseNote: string }).releaseNote,
      file: file.status,
      booking: await statusOf(booking.id),
      emails: await readyEmails(booking.id),
    }).toEqual({
      release: 200,
      seen: 200,
      note: 'The customer asked for 22 kHz.',
      file: 200,
      booking: 'review',
      emails: 1,
    })
  })

  it('should not email again when a released delivery later passes its check', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, take(passingTake()))
    await steps.release(tokens.artist, res.body.doc.id)
    await drainJobs(ctx.payload)
    expect(await readyEmails(booking.id)).toBe(1)
  })

  it.each([
    ['the customer', 'customer', 'Looks fine.', 404],
    ['another artist', 'otherArtist', 'Looks fine.', 404],
    ['the artist without a note', 'artist', '   ', 400],
  ])('should refuse a release by %s', async (_label, who, note, expected) => {
    const { delivery } = await measuredDelivery(wavFile(2))
    const res = await steps.release(tokens[who], delivery.id, note)
    expect(res.status).toBe(expected)
  })

  it('should refuse to release a delivery the customer already sees with 409', async () => {
    const { delivery } = await measuredDelivery(passingTake())
    const res = await steps.release(tokens.artist, delivery.id)
    expect(res.status).toBe(409)
  })

  it('should refuse to release a version a newer one replaced with 409', async () => {
    const { booking, delivery } = await measuredDelivery(wavFile(2))
    await steps.deliver(tokens.artist, booking.id, take(wavFile(2)))
    const res = await steps.release(tokens.artist, delivery.id)
    expect(res.status).toBe(409)
  })

  it('should refuse a release without a login with 401', async () => {
    const { delivery } = await measuredDelivery(wavFile(2))
    const res = await api.post(`/deliverables/${delivery.id}/release`, { json: { note: 'x' } })
    expect(res.status).toBe(401)
  })
})

describe('the report through the API', () => {
  it('should ignore an admin’s attempt to write the report', async () => {
    const { delivery } = await measuredDelivery(wavFile(2))
    await api.patch(`/deliverables/${delivery.id}`, {
      token: tokens.admin,
      json: { qc: { status: 'passed', publishedAt: new Date().toISOString() } },
    })
    const { qc } = await deliverableOf(delivery.id)
    expect([qc?.status, qc?.publishedAt ?? null]).toEqual(['failed', null])
  })

  it('should report a file ffmpeg cannot measure as failed, not crash the job', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, take(referenceWav()))
    // The stored bytes replaced by noise after upload: the job must fail the check, not throw.
    const path = await import('node:path')
    const fs = await import('node:fs/promises')
    const { env } = await import('@/env')
    await fs.writeFile(
      path.join(env.privateFilesDir, slugs.deliverables, res.body.doc.filename as string),
      Buffer.alloc(4096, 7),
    )
    await drainJobs(ctx.payload)
    const { qc } = await deliverableOf(res.body.doc.id)
    expect([qc?.status, qc?.problems?.map((p) => p.key)]).toEqual(['failed', ['unmeasured']])
  })
})

describe('two writers of one delivery or booking at once', () => {
  it('should keep the check’s report when the waveform is saved while the report commits', async () => {
    const booking = await steps.inProduction(parties())
    const res = await steps.deliver(tokens.artist, booking.id, take(referenceWav()))
    const id = res.body.doc.id
    // System writes, as the two jobs make them: the report in a transaction still open while the
    // waveform is saved in a transaction of its own.
    const reporting = await createLocalReq({}, ctx.payload)
    await initTransaction(reporting)
    await ctx.payload.update({
      collection: slugs.deliverables,
      id,
      data: { qc: { status: 'failed', error: 'reported first' } },
      depth: 0,
      overrideAccess: true,
      req: reporting,
    })
    const waveform = ctx.payload.update({
      collection: slugs.deliverables,
      id,
      data: { waveform: { status: 'failed', error: 'saved second' } },
      depth: 0,
      overrideAccess: true,
    })
    // Let the second update read the document before the first commits (without the lock it did).
    await new Promise((resolve) => setTimeout(resolve, 300))
    await commitTransaction(reporting)
    await waveform
    const stored = await deliverableOf(id)
    expect([stored.qc?.error, stored.waveform?.error]).toEqual(['reported first', 'saved second'])
  })

  it('should keep a status change when an admin saves the booking while it commits', async () => {
    const booking = await steps.inProduction(parties())
    // The move to review as the services make it (compareAndSetStatus), still uncommitted while an
    // admin saves another field of the booking in a transaction of its own.
    const moving = await createLocalReq({}, ctx.payload)
    await initTransaction(moving)
    const moved = await compareAndSetStatus({
      req: moving,
      table: slugs.bookings,
      id: booking.id,
      from: 'in_production',
      to: 'review',
    })
    const saving = ctx.payload.update({
      collection: slugs.bookings,
      id: booking.id,
      data: { finalPrice: 12_345 },
      depth: 0,
      overrideAccess: true,
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await commitTransaction(moving)
    await saving
    const stored = await ctx.payload.findByID({
      collection: slugs.bookings,
      id: booking.id,
      depth: 0,
    })
    expect([moved, stored.status, stored.finalPrice]).toEqual([true, 'review', 12_345])
  })
})
