import { getPayload } from 'payload'

import config from '@payload-config'
import { formatAudioSummary } from '@/domain/audio'
import type {
  AuditEvent,
  Booking,
  Deliverable,
  Invoice,
  Script,
  User,
  Voiceover,
} from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Data for the account pages. Every query runs as the logged-in user with `overrideAccess: false`,
 * so these pages can never show more than the REST API would give the same person.
 */

const asUser = (user: User) => ({ user, overrideAccess: false as const })

export type BookingListItem = Pick<
  Booking,
  | 'id'
  | 'reference'
  | 'projectTitle'
  | 'projectType'
  | 'status'
  | 'deadline'
  | 'quotedPrice'
  | 'rushOrder'
  | 'createdAt'
> & {
  /** Null when the profile can't be read (e.g. removed); pages show their word for "voice artist". */
  voiceoverName: string | null
}

const voiceoverName = (value: Booking['voiceover']): string | null =>
  typeof value === 'object' && value ? (value as Voiceover).name : null

/** The bookings the user may see (their own as customer, assigned as artist, all as admin), newest first. */
export const listBookings = async (user: User, limit = 100): Promise<BookingListItem[]> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: slugs.bookings,
    ...asUser(user),
    depth: 1,
    limit,
    sort: '-createdAt',
    select: {
      reference: true,
      projectTitle: true,
      projectType: true,
      status: true,
      deadline: true,
      quotedPrice: true,
      rushOrder: true,
      createdAt: true,
      voiceover: true,
    },
    populate: { [slugs.voiceovers]: { name: true } },
  })
  return docs.map((b) => ({
    id: b.id,
    reference: b.reference,
    projectTitle: b.projectTitle,
    projectType: b.projectType,
    status: b.status,
    deadline: b.deadline,
    quotedPrice: b.quotedPrice,
    rushOrder: b.rushOrder,
    createdAt: b.createdAt,
    voiceoverName: voiceoverName(b.voiceover),
  }))
}

export type BookingDetail = {
  booking: Booking
  voiceover: { name: string; slug: string | null } | null
  /** Every version of the script, newest first; older ones carry `supersededAt`. */
  scripts: Script[]
  /** Newest version first; `audioSummary` is e.g. "WAV · 48 kHz · 24-bit · mono · 0:32" (null if unknown). */
  deliverables: (Deliverable & { audioSummary: string | null })[]
  events: AuditEvent[]
  /** Empty for artists: invoices are between the agency and the customer. */
  invoices: Invoice[]
}

/** One booking with its files and history, or `null` when it doesn't exist or isn't the user's. */
export const getBookingDetail = async (
  user: User,
  id: number | string,
): Promise<BookingDetail | null> => {
  if (!/^\d+$/.test(String(id))) return null
  const payload = await getPayload({ config })
  let booking: Booking
  try {
    booking = await payload.findByID({
      collection: slugs.bookings,
      id,
      ...asUser(user),
      depth: 1,
      populate: { [slugs.voiceovers]: { name: true, slug: true }, [slugs.users]: { name: true } },
    })
  } catch (error) {
    // By status, not `instanceof`: Payload's error classes may come from another bundle here.
    const status = (error as { status?: unknown }).status
    if (status === 404 || status === 403) return null
    throw error
  }
  const byBooking = { booking: { equals: booking.id } }
  const [scripts, deliverables, events, invoices] = await Promise.all([
    payload.find({
      collection: slugs.scripts,
      where: byBooking,
      ...asUser(user),
      depth: 0,
      sort: '-createdAt',
      limit: 100,
    }),
    payload.find({
      collection: slugs.deliverables,
      where: byBooking,
      ...asUser(user),
      depth: 0,
      sort: '-version',
      limit: 100,
    }),
    payload.find({
      collection: slugs.auditEvents,
      where: byBooking,
      ...asUser(user),
      depth: 0,
      sort: 'createdAt',
      limit: 200,
    }),
    user.role === 'voiceover'
      ? { docs: [] as Invoice[] }
      : payload.find({
          collection: slugs.invoices,
          where: byBooking,
          ...asUser(user),
          depth: 0,
          sort: 'issueDate',
          limit: 10,
        }),
  ])
  const vo = typeof booking.voiceover === 'object' ? booking.voiceover : null
  return {
    booking,
    voiceover: vo ? { name: vo.name, slug: vo.slug ?? null } : null,
    scripts: scripts.docs,
    deliverables: deliverables.docs.map((d) => ({
      ...d,
      audioSummary: formatAudioSummary(d.audio),
    })),
    events: events.docs,
    invoices: invoices.docs,
  }
}

export type InvoiceListItem = Pick<
  Invoice,
  'id' | 'number' | 'kind' | 'issueDate' | 'dueDate' | 'total' | 'url' | 'filename'
> & { bookingId: number; projectTitle: string }

/** The user's invoices and credit notes (a customer's own, all for an admin), newest first. */
export const listInvoices = async (user: User, limit = 100): Promise<InvoiceListItem[]> => {
  if (user.role === 'voiceover') return []
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: slugs.invoices,
    ...asUser(user),
    depth: 1,
    limit,
    sort: '-issueDate',
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
  return docs.map((inv) => {
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
  })
}
