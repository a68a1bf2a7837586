import type { Payload, Where } from 'payload'
import { createLocalReq } from 'payload'

import type { AttentionFlag } from '@/domain/bookingAttention'
import { attentionFlags, finishedStatuses } from '@/domain/bookingAttention'
import { artistFeeCents, feeBasisCents } from '@/domain/artistFee'
import { planPageWindow } from '@/domain/pageWindow'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Booking, Invoice, User, Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

import type { BookingListFilters } from './bookingListFilters'
import { BOOKING_LIST_PAGE_SIZE } from './bookingListFilters'

/**
 * Data for the booking lists (`/account/bookings`, the artist's `/dashboard`) and the invoice list.
 * Every list query runs as the logged-in user with `overrideAccess: false`: filtering, searching and
 * paging happen in the database, within what the REST API would give the same person, and the count
 * is the real total (nothing is cut at a fixed limit).
 */

/** One row of a booking list, shaped for whoever reads it. */
export type BookingListRow = Pick<
  Booking,
  | 'id'
  | 'reference'
  | 'projectTitle'
  | 'projectType'
  | 'status'
  | 'deadline'
  | 'rushOrder'
  | 'createdAt'
  | 'wordCount'
> & {
  /** Null when the profile can't be read (e.g. removed); pages show their word for "voice artist". */
  voiceoverName: string | null
  /** Company or name of the customer, for admins and the booking's artist; null for customers. */
  customerName: string | null
  /** What the customer pays excl. VAT (final, else quoted), integer cents; always null for artists. */
  priceCents: number | null
  /** The artist's share of that price, integer cents; only for artists (null for the others). */
  artistFeeCents: number | null
  /** Overdue / revision requested (`domain/bookingAttention`), for the dashboard's flags. */
  flags: AttentionFlag[]
}

/** A page of a list with its position: "21–40 of 134". */
export type ListPage<T> = {
  rows: T[]
  totalDocs: number
  totalPages: number
  /** The page shown (a page past the end is clamped to the last one). */
  page: number
  /** 1-based positions of the first and last row shown; 0 when the list is empty. */
  first: number
  last: number
}

const asUser = (user: User) => ({ user, overrideAccess: false as const })

const LIST_SELECT = {
  reference: true,
  projectTitle: true,
  projectType: true,
  status: true,
  deadline: true,
  rushOrder: true,
  createdAt: true,
  wordCount: true,
  revisionRounds: true,
  voiceover: true,
  customer: true,
  // Field access strips these for artists (the customer's price is not theirs to see).
  quotedPrice: true,
  finalPrice: true,
} as const

type Segment = { where: Where; sort: string[] }

const and = (...parts: (Where | null)[]): Where => ({
  and: parts.filter((p): p is Where => p !== null),
})

/** Above this many matching customers the admin search joins the accounts instead (see below). */
const MAX_CUSTOMER_MATCHES = 1000

/**
 * The search as a `Where`: the project title or the booking reference (`14V-2026-00042`, as people
 * quote it in emails) for everyone; an admin also finds a booking by its
 * customer's name, email or company. Those accounts are looked up first and matched by id
 * (`customer in [...]`): a `customer.name` path would join the accounts into every count and page
 * query, which PostgreSQL then counts with a window over all 100,000 bookings (~300 ms at scale)
 * instead of using the indexes. When more than `MAX_CUSTOMER_MATCHES` accounts match, the join is
 * used after all, so the results are the same either way.
 */
const searchWhere = async ({
  payload,
  q,
  user,
}: {
  payload: Payload
  q: string | undefined
  user: User
}): Promise<Where | null> => {
  if (!q) return null
  const title: Where = { or: [{ projectTitle: { like: q } }, { reference: { like: q } }] }
  if (user.role !== 'admin') return title
  const customerWhere: Where = {
    or: [{ name: { like: q } }, { email: { like: q } }, { 'billing.company': { like: q } }],
  }
  const customers = await payload.find({
    collection: slugs.users,
    where: customerWhere,
    ...asUser(user),
    depth: 0,
    limit: MAX_CUSTOMER_MATCHES,
    select: { email: true },
  })
  if (customers.totalDocs > MAX_CUSTOMER_MATCHES) {
    return {
      or: [
        title,
        { 'customer.name': { like: q } },
        { 'customer.email': { like: q } },
        { 'customer.billing.company': { like: q } },
      ],
    }
  }
  if (customers.docs.length === 0) return title
  return { or: [title, { customer: { in: customers.docs.map((c) => c.id) } }] }
}

/**
 * The parts of the list in display order. By deadline ("what needs doing first"): open bookings with
 * a deadline, soonest first; open ones without a deadline (still waiting for a script), oldest first;
 * then finished ones (completed, cancelled), most recently finished first. Each part is its own query
 * because SQLite and PostgreSQL put NULL deadlines at opposite ends. `id` breaks ties, so paging
 * never repeats or skips a row.
 */
const segmentsFor = (filters: BookingListFilters, base: Where): Segment[] => {
  if (filters.sort === 'newest') return [{ where: base, sort: ['-createdAt', '-id'] }]
  if (filters.sort === 'oldest') return [{ where: base, sort: ['createdAt', 'id'] }]
  const open: Where = { status: { not_in: [...finishedStatuses] } }
  return [
    { where: and(base, open, { deadline: { exists: true } }), sort: ['deadline', 'id'] },
    { where: and(base, open, { deadline: { exists: false } }), sort: ['createdAt', 'id'] },
    {
      where: and(base, { status: { in: [...finishedStatuses] } }),
      sort: ['-statusChangedAt', '-id'],
    },
  ]
}

type ListedBooking = Pick<
  Booking,
  | 'id'
  | 'reference'
  | 'projectTitle'
  | 'projectType'
  | 'status'
  | 'deadline'
  | 'rushOrder'
  | 'createdAt'
  | 'wordCount'
  | 'revisionRounds'
  | 'voiceover'
  | 'customer'
  | 'quotedPrice'
  | 'finalPrice'
>

const customerDisplayName = (customer: Booking['customer']): string | null => {
  if (typeof customer !== 'object' || !customer) return null
  return customer.billing?.company || customer.name || customer.email || null
}

/**
 * The artist's fee and the customer's display name for bookings the artist was already allowed to
 * list. A system read (`overrideAccess: true`): the fee is a share of the customer's price, which
 * field access hides from the artist, and the customer's account isn't readable by artists — but the
 * artist may know who they work for (their emails say it too). Only the fee and a display name leave
 * the server; the price itself never does. Input: the booking ids (from the artist's own query).
 * Output: a map from id to `{ feeCents, customerName }` (fee null when the booking has no price).
 */
export const artistViewOf = async ({
  payload,
  bookingIds,
}: {
  payload: Payload
  bookingIds: number[]
}): Promise<Map<number, { feeCents: number | null; customerName: string | null }>> => {
  const result = new Map<number, { feeCents: number | null; customerName: string | null }>()
  if (bookingIds.length === 0) return result
  const [{ docs }, settings] = await Promise.all([
    payload.find({
      collection: slugs.bookings,
      where: { id: { in: bookingIds } },
      overrideAccess: true,
      depth: 1,
      limit: bookingIds.length,
      select: { quotedPrice: true, finalPrice: true, customer: true },
      populate: { [slugs.users]: { name: true, billing: true } },
    }),
    createLocalReq({}, payload).then(getPricingSettings),
  ])
  for (const doc of docs) {
    const basis = feeBasisCents(doc)
    result.set(doc.id, {
      feeCents:
        basis === null
          ? null
          : artistFeeCents({ priceExclVatCents: basis, sharePercent: settings.artistSharePercent }),
      customerName: customerDisplayName(doc.customer),
    })
  }
  return result
}

/**
 * One page of the bookings `user` may see — their own as customer, assigned ones as artist, all as
 * admin — filtered by status and search, sorted as asked (the dashboard: by deadline).
 * Input: payload, the user, the parsed URL filters, `now` (for the overdue flag).
 * Output: the rows with the real total and the position of the page.
 */
export const findBookingList = async ({
  payload,
  user,
  filters,
  now = new Date(),
}: {
  payload: Payload
  user: User
  filters: BookingListFilters
  now?: Date
}): Promise<ListPage<BookingListRow>> => {
  const base = and(
    filters.status ? { status: { equals: filters.status } } : null,
    await searchWhere({ payload, q: filters.q, user }),
  )
  const segments = segmentsFor(filters, base)
  const counts = await Promise.all(
    segments.map(
      async (s) =>
        (await payload.count({ collection: slugs.bookings, where: s.where, ...asUser(user) }))
          .totalDocs,
    ),
  )
  const window = planPageWindow({ counts, page: filters.page, pageSize: BOOKING_LIST_PAGE_SIZE })
  const pages = await Promise.all(
    window.reads.map(async (read) => {
      const segment = segments[read.segment] as Segment
      const { docs } = await payload.find({
        collection: slugs.bookings,
        where: segment.where,
        sort: segment.sort,
        page: read.page,
        limit: read.limit,
        // The totals are counted above; a second count per page read would scan the same rows again
        // (two full counts of 100,000 bookings for an admin).
        pagination: false,
        ...asUser(user),
        depth: 1,
        select: LIST_SELECT,
        populate: {
          [slugs.voiceovers]: { name: true },
          [slugs.users]: { name: true, email: true, billing: true },
        },
      })
      return (docs as ListedBooking[]).slice(read.from, read.to)
    }),
  )
  const docs = pages.flat()
  const isArtist = user.role === 'voiceover'
  const artistView = isArtist
    ? await artistViewOf({ payload, bookingIds: docs.map((d) => d.id) })
    : new Map<number, { feeCents: number | null; customerName: string | null }>()
  const rows = docs.map((b): BookingListRow => {
    const forArtist = artistView.get(b.id)
    return {
      id: b.id,
      reference: b.reference,
      projectTitle: b.projectTitle,
      projectType: b.projectType,
      status: b.status,
      deadline: b.deadline,
      rushOrder: b.rushOrder,
      createdAt: b.createdAt,
      wordCount: b.wordCount,
      voiceoverName:
        typeof b.voiceover === 'object' && b.voiceover ? (b.voiceover as Voiceover).name : null,
      customerName: isArtist
        ? (forArtist?.customerName ?? null)
        : user.role === 'admin'
          ? customerDisplayName(b.customer)
          : null,
      priceCents: isArtist ? null : feeBasisCents(b),
      artistFeeCents: isArtist ? (forArtist?.feeCents ?? null) : null,
      flags: attentionFlags({
        status: b.status,
        deadline: b.deadline,
        revisionRounds: b.revisionRounds,
        now,
      }),
    }
  })
  return {
    rows,
    totalDocs: window.totalDocs,
    totalPages: window.totalPages,
    page: window.page,
    first: window.first,
    last: window.last,
  }
}

export type InvoiceListRow = Pick<
  Invoice,
  'id' | 'number' | 'kind' | 'issueDate' | 'dueDate' | 'total' | 'url' | 'filename'
> & { bookingId: number; projectTitle: string }

/**
 * One page of the user's invoices and credit notes (a customer's own, all for an admin), newest
 * first; an empty page for artists (invoices are between the agency and the customer).
 */
export const findInvoiceList = async ({
  payload,
  user,
  page,
}: {
  payload: Payload
  user: User
  page: number
}): Promise<ListPage<InvoiceListRow>> => {
  if (user.role === 'voiceover') {
    return { rows: [], totalDocs: 0, totalPages: 1, page: 1, first: 0, last: 0 }
  }
  const { totalDocs } = await payload.count({ collection: slugs.invoices, ...asUser(user) })
  const window = planPageWindow({ counts: [totalDocs], page, pageSize: BOOKING_LIST_PAGE_SIZE })
  const { docs } =
    totalDocs === 0
      ? { docs: [] as Invoice[] }
      : await payload.find({
          collection: slugs.invoices,
          ...asUser(user),
          depth: 1,
          page: window.page,
          limit: BOOKING_LIST_PAGE_SIZE,
          // Counted above already.
          pagination: false,
          sort: ['-issueDate', '-id'],
          select: {
            number: true,
            kind: true,
            issueDate: true,
            dueDate: true,
            total: true,
            url: true,
            filename: true,
            booking: true,
          },
          populate: { [slugs.bookings]: { projectTitle: true } },
        })
  return {
    rows: docs.map((inv) => {
      const booking = typeof inv.booking === 'object' ? inv.booking : null
      return {
        id: inv.id,
        number: inv.number,
        kind: inv.kind,
        issueDate: inv.issueDate,
        dueDate: inv.dueDate,
        total: inv.total,
        url: inv.url,
        filename: inv.filename,
        bookingId: booking ? booking.id : (inv.booking as number),
        projectTitle: booking?.projectTitle ?? '',
      }
    }),
    totalDocs: window.totalDocs,
    totalPages: window.totalPages,
    page: window.page,
    first: window.first,
    last: window.last,
  }
}
