import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as Explain from '@/db/explainQueries'
import type * as Filters from '@/lib/bookingListFilters'
import type * as Lists from '@/lib/bookingLists'
import type { User } from '@/payload-types'
import type * as Scale from '@/seed/scale'
import type { slugs as Slugs } from '@/slugs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser } from '../helpers/scenario'

/**
 * Issue 14, "Scale": the booking lists (`/account/bookings`, `/dashboard`, the invoice list) and the
 * public artist list stay index-backed at scale. On PostgreSQL the scale seed adds 2,000 artists,
 * 1,000 customers and 20,000 bookings; every SQL statement a list sends is captured and explained
 * (`EXPLAIN (FORMAT JSON)`), and none may read `bookings` with a sequential scan. On SQLite (the
 * embedded default) the scale seed refuses, and the migration's indexes exist. Speed itself is
 * measured by `node bench/scale.mjs`, never asserted here.
 */

const isPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
const ARTISTS = 2000

let ctx: TestContext
let api: RestClient
let slugs: typeof Slugs
let lists: typeof Lists
let filtersOf: typeof Filters.parseBookingListFilters
let explain: typeof Explain
let scale: typeof Scale

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  slugs = (await import('@/slugs')).slugs
  lists = await import('@/lib/bookingLists')
  filtersOf = (await import('@/lib/bookingListFilters')).parseBookingListFilters
  explain = await import('@/db/explainQueries')
  scale = await import('@/seed/scale')
}, 120_000)

afterAll(async () => {
  await ctx?.cleanup()
})

const userByEmail = async (email: string): Promise<User> =>
  (
    await ctx.payload.find({
      collection: slugs.users,
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
    })
  ).docs[0] as User

describe.runIf(isPostgres)('on PostgreSQL at scale', () => {
  const users: Record<'admin' | 'customer' | 'quietCustomer' | 'artist', User> = {} as never

  beforeAll(async () => {
    await scale.seedScale({ payload: ctx.payload, artists: ARTISTS })
    users.admin = (await createUser({ payload: ctx.payload, role: 'admin' })) as User
    // Bookings are skewed towards the first customers and artists: these are the busiest.
    users.customer = await userByEmail('customer-0001@scale.14voices.local')
    users.quietCustomer = await userByEmail('customer-0900@scale.14voices.local')
    users.artist = await userByEmail('artist-00001@scale.14voices.local')
  }, 120_000)

  /** The tables each statement of `fn` reads with a sequential scan, one entry per statement. */
  const seqScansOf = async (fn: () => Promise<unknown>) => {
    const { queries } = await explain.captureQueries({ payload: ctx.payload, fn })
    const explained = await explain.explainQueries({ payload: ctx.payload, queries })
    return { statements: explained.length, seqScans: explained.flatMap((e) => e.seqScans) }
  }

  it('should have seeded the scale data idempotently', async () => {
    const again = await scale.seedScale({ payload: ctx.payload, artists: ARTISTS })
    expect({
      artists: again.artists,
      bookings: again.bookings,
      customers: again.customers.total,
    }).toEqual({
      artists: { created: 0, total: ARTISTS },
      bookings: { created: 0, total: ARTISTS * 10 },
      customers: 1000,
    })
  })

  it.each([
    ['admin', 'admin', {}, 'newest'],
    ['admin', 'admin (dashboard)', {}, 'deadline'],
    ['admin', 'admin, status review', { status: 'review' }, 'newest'],
    ['admin', 'admin, page 40', { page: '40' }, 'newest'],
    ['admin', 'admin, search by reference', { q: 'BK-2026-00042' }, 'newest'],
    ['admin', 'admin, search by customer email', { q: 'customer-0042@scale' }, 'newest'],
    ['admin', 'admin, search by title words', { q: 'Annual report film 512' }, 'newest'],
    ['customer', 'busiest customer', {}, 'newest'],
    ['customer', 'busiest customer, search', { q: 'Radio spot 7' }, 'newest'],
    ['customer', 'busiest customer, oldest first', { sort: 'oldest' }, 'newest'],
    ['customer', 'busiest customer, completed', { status: 'completed' }, 'newest'],
    ['quietCustomer', 'quiet customer', {}, 'newest'],
    ['artist', 'busiest artist (dashboard)', {}, 'deadline'],
    ['artist', 'busiest artist, page 3', { page: '3' }, 'deadline'],
  ] as const)(
    'should list bookings for the %s without a sequential scan on bookings (%s)',
    async (who, _label, params, sort) => {
      const { statements, seqScans } = await seqScansOf(() =>
        lists.findBookingList({
          payload: ctx.payload,
          user: users[who],
          filters: filtersOf(params, sort),
        }),
      )
      expect(statements).toBeGreaterThan(1)
      expect(seqScans.filter((t) => t === 'bookings')).toEqual([])
    },
  )

  it('should list an admin’s invoices without a sequential scan on bookings', async () => {
    const { seqScans } = await seqScansOf(() =>
      lists.findInvoiceList({ payload: ctx.payload, user: users.admin, page: 1 }),
    )
    expect(seqScans.filter((t) => t === 'bookings')).toEqual([])
  })

  it('should read a page of artists through the name index without building every artist’s arrays', async () => {
    const { queries } = await explain.captureQueries({
      payload: ctx.payload,
      fn: () =>
        ctx.payload.find({
          collection: slugs.voiceovers,
          limit: 20,
          depth: 0,
          overrideAccess: false,
          user: null,
        }),
    })
    const explained = await explain.explainQueries({ payload: ctx.payload, queries })
    // The page's ids come from the name index (the default sort); the full read of those rows finds
    // their accents through the parent index of the relationship table.
    const full = explained.find((e) => /voiceovers_rels/.test(e.text))
    expect(explained.flatMap((e) => e.indexes)).toEqual(
      expect.arrayContaining(['voiceovers_name_idx']),
    )
    // (An empty child table, like the demos here, may be read sequentially: it has no rows.)
    expect(full?.seqScans.filter((t) => t === 'voiceovers' || t === 'voiceovers_rels')).toEqual([])
  })

  it('should page artists by an unindexed sort through their ids, then read only that page in full', async () => {
    const { queries, result } = await explain.captureQueries({
      payload: ctx.payload,
      fn: () =>
        ctx.payload.find({
          collection: slugs.voiceovers,
          sort: '-turnaroundDays',
          limit: 20,
          page: 3,
          depth: 0,
          overrideAccess: false,
          user: null,
        }),
    })
    const explained = await explain.explainQueries({ payload: ctx.payload, queries })
    const full = explained.find((e) => /voiceovers_rels/.test(e.text))
    const days = result.docs.map((d) => d.turnaroundDays ?? 0)
    expect(full?.seqScans.filter((t) => t === 'voiceovers' || t === 'voiceovers_rels')).toEqual([])
    expect(days).toEqual([...days].sort((a, b) => b - a))
    expect([result.docs.length, result.page, result.totalPages]).toEqual([
      20,
      3,
      Math.ceil(result.totalDocs / 20),
    ])
  })

  it('should keep the public list’s fields and total at depth 0', async () => {
    const res = await api.get<{ totalDocs: number; docs: Record<string, unknown>[] }>(
      '/voiceovers?limit=1&depth=0',
    )
    const { totalDocs: active } = await ctx.payload.count({
      collection: slugs.voiceovers,
      where: { active: { equals: true } },
    })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(active)
    expect(Object.keys(res.body.docs[0])).toEqual(
      expect.arrayContaining(['name', 'slug', 'demos', 'languages', 'styles', 'accents', 'rates']),
    )
  })
})

describe.runIf(!isPostgres)('on SQLite', () => {
  it('should refuse the scale seed with a sentence naming PostgreSQL', async () => {
    await expect(scale.seedScale({ payload: ctx.payload, artists: 10 })).rejects.toThrow(
      /PostgreSQL/,
    )
  })

  it('should have the list indexes from the migrations', async () => {
    const client = (
      ctx.payload.db as unknown as {
        client: { execute: (sql: string) => Promise<{ rows: { name: string }[] }> }
      }
    ).client
    const { rows } = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('bookings', 'voiceovers', 'voiceovers_texts')",
    )
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'voiceovers_name_idx',
        'customer_createdAt_idx',
        'artist_deadline_idx',
        'artist_statusChangedAt_idx',
        'status_deadline_idx',
        'bookings_open_deadline_idx',
        'bookings_status_changed_at_idx',
      ]),
    )
  })
})
