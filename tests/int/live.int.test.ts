import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

/**
 * Pages that update themselves: the booking's version (`GET /bookings/:id/changes`) moves with
 * every change and not with downloads, answers 304 to its own ETag and 404 to strangers; the
 * unseen activity (`GET /users/me/activity`) counts other people's changes and messages until the
 * person opens the booking.
 */

type Changes = { version: string; kind: string; actions: string[] }
type Activity = { changedBookings: number; unreadMessages: number; bookings: number[] }
type User = Awaited<ReturnType<typeof createUser>>

let ctx: TestContext
let api: RestClient
let voiceoverId = 0
let steps: ReturnType<typeof journey>

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** A customer and an artist of their own (so counts over "all my bookings" are this test's alone). */
const scenario = async () => {
  const { payload } = ctx
  const customer = await createUser({ payload, role: 'customer' })
  const artist = await createUser({ payload, role: 'voiceover' })
  const voiceover = await createVoiceover({ payload, user: artist.id })
  const tokens = {
    customer: await api.login(customer.email, PASSWORD),
    artist: await api.login(artist.email, PASSWORD),
  }
  /** Runs `step` with this scenario's artist as the one booked. */
  const asBooked = async <T>(step: () => Promise<T>): Promise<T> => {
    voiceoverId = voiceover.id
    return step()
  }
  return { customer, artist, tokens, asBooked }
}

const changes = (token: string | undefined, id: number, etag?: string) =>
  api.get<Changes>(`/bookings/${id}/changes`, {
    token,
    headers: etag ? { 'if-none-match': etag } : {},
  })

const versionOf = async (token: string, id: number) => {
  const res = await changes(token, id)
  if (res.status !== 200) throw new Error(`changes answered ${res.status}`)
  return res.headers.get('etag') as string
}

const activity = (token: string, etag?: string) =>
  api.get<Activity>('/users/me/activity', {
    token,
    headers: etag ? { 'if-none-match': etag } : {},
  })

/** A message in the booking's thread as the messages collection records it (not on this branch). */
const postMessage = async (author: User, booking: Doc) => {
  const { recordAudit } = await import('@/audit/recordAudit')
  const req = await createLocalReq({ user: { ...author, collection: 'users' } }, ctx.payload)
  const stored = await ctx.payload.findByID({
    collection: slugs.bookings,
    id: booking.id,
    depth: 0,
  })
  await recordAudit({ req, action: 'message.posted', booking: stored, details: { message: 1 } })
}

/** What the booking page does when it shows the booking to `user`. */
const openPage = async (user: User, bookingId: number) => {
  const { markBookingSeen } = await import('@/collections/BookingReads/markBookingSeen')
  const { bookingVersion } = await import('@/collections/Bookings/bookingVersion')
  const full = { ...user, collection: 'users' as const }
  const version = await bookingVersion({ payload: ctx.payload, user: full, id: bookingId })
  await markBookingSeen({
    payload: ctx.payload,
    user: full,
    bookingId,
    eventId: version?.newestId ?? 0,
  })
}

describe('booking version', () => {
  it('should answer the version with an ETag, privately and always revalidated', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    const res = await changes(s.tokens.customer, booking.id)
    expect({
      status: res.status,
      etag: res.headers.get('etag'),
      cache: res.headers.get('cache-control'),
    }).toEqual({ status: 200, etag: res.body.version, cache: 'private, no-cache' })
  })

  it('should answer 304 without a body to the current version', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    const etag = await versionOf(s.tokens.customer, booking.id)
    const res = await changes(s.tokens.customer, booking.id, etag)
    expect({ status: res.status, bytes: res.raw.byteLength }).toEqual({ status: 304, bytes: 0 })
  })

  it('should move the version when the script is uploaded', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    const before = await versionOf(s.tokens.artist, booking.id)
    await steps.uploadScript(s.tokens.customer, booking.id)
    const res = await changes(s.tokens.artist, booking.id, before)
    expect({ status: res.status, kind: res.body.kind }).toEqual({ status: 200, kind: 'script' })
  })

  it('should move the version when the artist starts recording', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    await steps.uploadScript(s.tokens.customer, booking.id)
    const before = await versionOf(s.tokens.customer, booking.id)
    await steps.setStatus(s.tokens.artist, booking.id, 'in_production')
    const res = await changes(s.tokens.customer, booking.id, before)
    expect({ status: res.status, kind: res.body.kind }).toEqual({ status: 200, kind: 'status' })
  })

  it('should say a new version was delivered, not only that the status changed', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.inProduction(s.tokens))
    const before = await versionOf(s.tokens.customer, booking.id)
    await steps.deliverShown(s.tokens.artist, booking.id)
    const res = await changes(s.tokens.customer, booking.id, before)
    expect({ status: res.status, kind: res.body.kind, actions: res.body.actions.sort() }).toEqual({
      status: 200,
      kind: 'delivered',
      actions: ['booking.status_changed', 'deliverable.released', 'deliverable.uploaded'],
    })
  })

  it('should move the version when the customer asks for a revision', async () => {
    const s = await scenario()
    const { booking, delivery } = await s.asBooked(() => steps.inReview(s.tokens))
    const before = await versionOf(s.tokens.artist, booking.id)
    await steps.decide(s.tokens.customer, delivery.id, 'revision_requested', 'Slower, please.')
    const res = await changes(s.tokens.artist, booking.id, before)
    expect({ status: res.status, kind: res.body.kind }).toEqual({ status: 200, kind: 'decided' })
  })

  it('should move the version again when the job issues the invoice after an approval', async () => {
    const s = await scenario()
    const { booking, delivery } = await s.asBooked(() => steps.inReview(s.tokens))
    await steps.decide(s.tokens.customer, delivery.id, 'approved')
    const approved = await versionOf(s.tokens.customer, booking.id)
    await drainJobs(ctx.payload)
    const res = await changes(s.tokens.customer, booking.id, approved)
    expect({ status: res.status, kind: res.body.kind }).toEqual({ status: 200, kind: 'invoice' })
  })

  it('should move the version when a delivery is approved automatically', async () => {
    const s = await scenario()
    const { booking } = await s.asBooked(() => steps.inReview(s.tokens))
    const before = await versionOf(s.tokens.customer, booking.id)
    const { autoApproveDueBookings } = await import('@/jobs/autoApproveDueBookings')
    await autoApproveDueBookings({
      payload: ctx.payload,
      now: new Date(Date.now() + 30 * 86_400_000),
    })
    await drainJobs(ctx.payload)
    const res = await changes(s.tokens.customer, booking.id, before)
    expect(res.body.actions).toEqual(
      expect.arrayContaining(['deliverable.decided', 'booking.status_changed', 'invoice.issued']),
    )
  })

  it('should move the version when a message is posted', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    const before = await versionOf(s.tokens.customer, booking.id)
    await postMessage(s.artist, booking)
    const res = await changes(s.tokens.customer, booking.id, before)
    expect({ status: res.status, kind: res.body.kind }).toEqual({ status: 200, kind: 'message' })
  })

  it('should keep the version when a file is downloaded', async () => {
    const s = await scenario()
    const { booking, delivery } = await s.asBooked(() => steps.inReview(s.tokens))
    const before = await versionOf(s.tokens.customer, booking.id)
    const download = await api.get(`/deliverables/file/${delivery.filename as string}`, {
      token: s.tokens.customer,
    })
    const res = await changes(s.tokens.customer, booking.id, before)
    expect({ download: download.status, changes: res.status }).toEqual({
      download: 200,
      changes: 304,
    })
  })

  it('should answer someone else’s customer and artist 404, and an anonymous caller 401', async () => {
    const s = await scenario()
    const other = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    const statuses = [
      (await changes(other.tokens.customer, booking.id)).status,
      (await changes(other.tokens.artist, booking.id)).status,
      (await changes(undefined, booking.id)).status,
      (await changes(s.tokens.customer, 999_999)).status,
    ]
    expect(statuses).toEqual([404, 404, 401, 404])
  })

  it('should answer an admin the version of any booking', async () => {
    const s = await scenario()
    const admin = await createUser({ payload: ctx.payload, role: 'admin' })
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    const res = await changes(await api.login(admin.email, PASSWORD), booking.id)
    expect(res.status).toBe(200)
  })
})

describe('unseen activity', () => {
  it('should count a booking the other party changed until its page is opened', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.inProduction(s.tokens))
    await openPage(s.customer, booking.id)
    await steps.deliverShown(s.tokens.artist, booking.id)
    const before = (await activity(s.tokens.customer)).body
    await openPage(s.customer, booking.id)
    const after = (await activity(s.tokens.customer)).body
    expect({ before, after }).toEqual({
      before: { changedBookings: 1, unreadMessages: 0, bookings: [booking.id] },
      after: { changedBookings: 0, unreadMessages: 0, bookings: [] },
    })
  })

  it('should not count the person’s own actions', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    await steps.uploadScript(s.tokens.customer, booking.id)
    await postMessage(s.customer, booking)
    const res = await activity(s.tokens.customer)
    expect(res.body).toEqual({ changedBookings: 0, unreadMessages: 0, bookings: [] })
  })

  it('should count messages by someone else apart from changes', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    await postMessage(s.artist, booking)
    await postMessage(s.artist, booking)
    const res = await activity(s.tokens.customer)
    expect(res.body).toEqual({ changedBookings: 0, unreadMessages: 2, bookings: [booking.id] })
  })

  it('should count a new booking for its artist until they open it', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    const before = (await activity(s.tokens.artist)).body.changedBookings
    await openPage(s.artist, booking.id)
    const after = (await activity(s.tokens.artist)).body.changedBookings
    expect({ before, after }).toEqual({ before: 1, after: 0 })
  })

  it('should not count another person’s bookings', async () => {
    const s = await scenario()
    const other = await scenario()
    await other.asBooked(() => steps.inReview(other.tokens))
    const res = await activity(s.tokens.customer)
    expect(res.body.bookings).toEqual([])
  })

  it('should answer 304 to the ETag of an unchanged count', async () => {
    const s = await scenario()
    await s.asBooked(() => steps.book(s.tokens.customer))
    const first = await activity(s.tokens.artist)
    const again = await activity(s.tokens.artist, first.headers.get('etag') as string)
    expect({ first: first.status, again: again.status }).toEqual({ first: 200, again: 304 })
  })

  it('should answer an anonymous caller 401', async () => {
    const res = await api.get('/users/me/activity')
    expect(res.status).toBe(401)
  })

  it('should list the unseen bookings for the bookings lists', async () => {
    const s = await scenario()
    const seen = await s.asBooked(() => steps.book(s.tokens.customer))
    const unseen = await s.asBooked(() => steps.book(s.tokens.customer))
    await openPage(s.artist, seen.id)
    const { unseenBookingIds } = await import('@/collections/BookingReads/unseenActivity')
    const ids = await unseenBookingIds({ payload: ctx.payload, user: s.artist })
    expect([...ids]).toEqual([unseen.id])
  })

  it('should never move a seen mark back', async () => {
    const s = await scenario()
    const booking = await s.asBooked(() => steps.book(s.tokens.customer))
    await openPage(s.artist, booking.id)
    const { markBookingSeen } = await import('@/collections/BookingReads/markBookingSeen')
    await markBookingSeen({
      payload: ctx.payload,
      user: { ...s.artist, collection: 'users' },
      bookingId: booking.id,
      eventId: 0,
    })
    const res = await activity(s.tokens.artist)
    expect(res.body.changedBookings).toBe(0)
  })
})
