import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as Filters from '@/lib/bookingListFilters'
import type * as Lists from '@/lib/bookingLists'
import type { User } from '@/payload-types'
import type { slugs as Slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import { journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

/**
 * The booking lists of issue 13 ("lists that scale"): `/account/bookings` and the artist's dashboard
 * read through `findBookingList` as the user — paged in the database with the real total, filtered by
 * status, searched by title (and by customer for admins), the dashboard by deadline with flags and the
 * artist's fee. The REST side of "artists never see the customer's price" is in the access table.
 */

let ctx: TestContext
let api: RestClient
let lists: typeof Lists
let filtersOf: typeof Filters.parseBookingListFilters
let slugs: typeof Slugs
const users: Record<'customer' | 'other' | 'admin' | 'artist' | 'busyArtist', User> = {} as never
const tokens: Record<string, string> = {}
const many: number[] = []
const cancelled: number[] = []

const BOOKINGS = 105

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  lists = await import('@/lib/bookingLists')
  filtersOf = (await import('@/lib/bookingListFilters')).parseBookingListFilters
  slugs = (await import('@/slugs')).slugs
  const { payload } = ctx
  for (const [name, role] of [
    ['customer', 'customer'],
    ['other', 'customer'],
    ['admin', 'admin'],
    ['artist', 'voiceover'],
    ['busyArtist', 'voiceover'],
  ] as const) {
    const made = await createUser({ payload, role })
    users[name] = made as User
    tokens[name] = await api.login(made.email, PASSWORD)
  }
  const busyProfile = await createVoiceover({ payload, user: users.busyArtist.id })
  // 105 bookings of one customer, as the customer books them (Local API as the customer).
  for (let i = 0; i < BOOKINGS; i++) {
    const doc = await payload.create({
      collection: slugs.bookings,
      data: {
        voiceover: busyProfile.id,
        projectTitle: i % 10 === 0 ? `Radio Spot ${i}` : `Podcast intro ${i}`,
        projectType: 'commercial',
        // Set by the server whatever the request says (prepareNewBooking); the type requires it.
        status: 'pending_script',
      },
      user: users.customer,
      overrideAccess: false,
    })
    many.push(doc.id)
  }
  const steps = journey(api, () => busyProfile.id)
  for (const id of many.slice(0, 3)) {
    const res = await steps.setStatus(tokens.customer as string, id, 'cancelled', {
      cancellationReason: 'Plans changed.',
    })
    expect(res.status).toBe(200)
    cancelled.push(id)
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

const list = (user: User, params: Record<string, string> = {}, defaultSort?: 'deadline') =>
  lists.findBookingList({ payload: ctx.payload, user, filters: filtersOf(params, defaultSort) })

describe('booking lists', () => {
  it('should page past 100 bookings with the real total, never repeating or dropping one', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((p) => list(users.customer, { page: String(p) })),
    )
    expect(pages[0]?.totalDocs).toBe(BOOKINGS)
    expect(pages[0]?.totalPages).toBe(6)
    expect(pages.map((p) => p.rows.length)).toEqual([20, 20, 20, 20, 20, 5])
    expect(pages.map((p) => [p.first, p.last])).toEqual([
      [1, 20],
      [21, 40],
      [41, 60],
      [61, 80],
      [81, 100],
      [101, 105],
    ])
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id))
    expect(new Set(ids).size).toBe(BOOKINGS)
    expect([...ids].sort((a, b) => a - b)).toEqual([...many].sort((a, b) => a - b))
  })

  it('should show newest first by default and oldest first when asked', async () => {
    const newest = await list(users.customer)
    const oldest = await list(users.customer, { sort: 'oldest' })
    expect(newest.rows[0]?.id).toBe(many[many.length - 1])
    expect(oldest.rows[0]?.id).toBe(many[0])
  })

  it('should clamp a page past the end to the last page', async () => {
    const page = await list(users.customer, { page: '99' })
    expect([page.page, page.rows.length]).toEqual([6, 5])
  })

  it('should filter by status in the database, beyond 100 rows', async () => {
    const open = await list(users.customer, { status: 'pending_script' })
    const gone = await list(users.customer, { status: 'cancelled' })
    expect(open.totalDocs).toBe(BOOKINGS - cancelled.length)
    expect(gone.totalDocs).toBe(cancelled.length)
    expect(gone.rows.map((r) => r.id).sort()).toEqual([...cancelled].sort())
  })

  it('should search the project title, ignoring case', async () => {
    const found = await list(users.customer, { q: 'radio spot' })
    expect(found.totalDocs).toBe(11) // bookings 0, 10, …, 100
    expect(found.rows.every((r) => r.projectTitle.startsWith('Radio Spot'))).toBe(true)
  })

  it('should combine status and search', async () => {
    // Booking 0 ("Radio Spot 0") is one of the three cancelled ones.
    const found = await list(users.customer, { q: 'Radio', status: 'cancelled' })
    expect(found.rows.map((r) => r.projectTitle)).toEqual(['Radio Spot 0'])
  })

  it('should give a customer only their own bookings, with the price', async () => {
    const mine = await list(users.customer)
    const theirs = await list(users.other)
    expect(theirs.totalDocs).toBe(0)
    expect(mine.rows.every((r) => typeof r.priceCents === 'number' && r.priceCents > 0)).toBe(true)
    expect(mine.rows.every((r) => r.artistFeeCents === null && r.customerName === null)).toBe(true)
  })

  it('should let an admin find bookings by the customer’s name, email or company', async () => {
    await ctx.payload.update({
      collection: slugs.users,
      id: users.customer.id,
      data: { billing: { company: 'Zeewind Media BV' } },
    })
    const byCompany = await list(users.admin, { q: 'zeewind' })
    const byEmail = await list(users.admin, { q: users.customer.email.split('@')[0] as string })
    const byName = await list(users.admin, { q: users.customer.name as string })
    expect([byCompany.totalDocs, byEmail.totalDocs, byName.totalDocs]).toEqual([
      BOOKINGS,
      BOOKINGS,
      BOOKINGS,
    ])
    expect(byCompany.rows[0]?.customerName).toBe('Zeewind Media BV')
  })

  it('should not let a customer search other customers by name', async () => {
    const found = await list(users.other, { q: 'zeewind' })
    expect(found.totalDocs).toBe(0)
  })
})

describe('artist dashboard', () => {
  const order: Record<string, number> = {}
  let price: Record<number, number> = {}

  beforeAll(async () => {
    const { payload } = ctx
    const profile = await createVoiceover({ payload, user: users.artist.id })
    const steps = journey(api, () => profile.id)
    const parties = { customer: tokens.customer as string, artist: tokens.artist as string }
    const hour = 60 * 60 * 1000
    const now = Date.now()
    const setDeadline = (id: number, at: number) =>
      payload.update({
        collection: slugs.bookings,
        id,
        data: { deadline: new Date(at).toISOString() },
      })
    const overdue = await steps.inProduction(parties, { projectTitle: 'Overdue spot' })
    await setDeadline(overdue.id, now - hour)
    const revision = await steps.inReview(parties, { projectTitle: 'Revision spot' })
    const decided = await steps.decide(
      parties.customer,
      revision.delivery.id,
      'revision_requested',
      'Slower, please.',
    )
    expect(decided.status).toBe(200)
    await setDeadline(revision.booking.id, now + 72 * hour)
    const soon: Doc = await steps.book(parties.customer, { projectTitle: 'Soon spot' })
    expect((await steps.uploadScript(parties.customer, soon.id)).status).toBe(201)
    await setDeadline(soon.id, now + 24 * hour)
    const waiting = await steps.book(parties.customer, { projectTitle: 'Waiting spot' })
    const finished = await steps.book(parties.customer, { projectTitle: 'Finished spot' })
    await steps.setStatus(parties.customer, finished.id, 'cancelled', {
      cancellationReason: 'Not needed.',
    })
    Object.assign(order, {
      overdue: overdue.id,
      soon: soon.id,
      revision: revision.booking.id,
      waiting: waiting.id,
      finished: finished.id,
    })
    const { docs } = await payload.find({
      collection: slugs.bookings,
      where: { artist: { equals: users.artist.id } },
      depth: 0,
      limit: 10,
    })
    price = Object.fromEntries(docs.map((d) => [d.id, d.finalPrice ?? d.quotedPrice ?? 0]))
  })

  it('should sort by deadline: overdue first, no deadline after, finished last', async () => {
    const page = await list(users.artist, {}, 'deadline')
    expect(page.rows.map((r) => r.id)).toEqual([
      order.overdue,
      order.soon,
      order.revision,
      order.waiting,
      order.finished,
    ])
  })

  it('should flag the overdue and the revision-requested booking', async () => {
    const page = await list(users.artist, {}, 'deadline')
    const flags = Object.fromEntries(page.rows.map((r) => [r.id, r.flags]))
    expect(flags[order.overdue as number]).toEqual(['overdue'])
    expect(flags[order.revision as number]).toEqual(['revision'])
    expect(flags[order.soon as number]).toEqual([])
  })

  it('should show the artist their fee from the pricing share, and never the price', async () => {
    await ctx.payload.updateGlobal({ slug: 'pricing', data: { artistSharePercent: 55 } })
    const page = await list(users.artist, {}, 'deadline')
    for (const row of page.rows) {
      expect(row.priceCents).toBeNull()
      expect(row.artistFeeCents).toBe(Math.floor(((price[row.id] as number) * 55) / 100))
    }
    expect(page.rows[0]?.customerName).toBe('Zeewind Media BV')
  })

  it('should filter the dashboard by status and search by title', async () => {
    const recording = await list(users.artist, { status: 'in_production' }, 'deadline')
    expect(recording.rows.map((r) => r.id)).toEqual([order.overdue, order.revision])
    const found = await list(users.artist, { q: 'waiting' }, 'deadline')
    expect(found.rows.map((r) => r.id)).toEqual([order.waiting])
  })

  it('should show an artist none of another artist’s bookings', async () => {
    const page = await list(users.artist, {}, 'deadline')
    expect(page.totalDocs).toBe(5)
  })
})
