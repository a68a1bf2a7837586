import { getPayload } from 'payload'

import config from '@payload-config'
import { formatAudioSummary } from '@/domain/audio'
import type { AuditEvent, Booking, Deliverable, Invoice, Script, User } from '@/payload-types'
import { slugs } from '@/slugs'

import { artistViewOf } from './bookingLists'

/**
 * Data for the account pages. Every query runs as the logged-in user with `overrideAccess: false`,
 * so these pages can never show more than the REST API would give the same person.
 */

const asUser = (user: User) => ({ user, overrideAccess: false as const })

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
  /**
   * For the booking's artist: their fee in integer cents (`domain/artistFee`), in place of the
   * customer's price they can't read; null for everyone else and for a booking without a price.
   */
  artistFeeCents: number | null
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
  const artistFee =
    user.role === 'voiceover'
      ? ((await artistViewOf({ payload, bookingIds: [booking.id] })).get(booking.id)?.feeCents ??
        null)
      : null
  return {
    booking,
    voiceover: vo ? { name: vo.name, slug: vo.slug ?? null } : null,
    scripts: scripts.docs,
    deliverables: deliverables.docs.map((d) => ({
      ...d,
      audioSummary: formatAudioSummary(d.audio),
    })),
    // A customer doesn't hear of versions not shown to them (still being checked, or failed).
    events:
      user.role === 'customer'
        ? events.docs.filter(
            (e) =>
              e.action !== 'deliverable.uploaded' ||
              deliverables.docs.some(
                (d) => d.id === (e.details as { deliverable?: unknown } | null)?.deliverable,
              ),
          )
        : events.docs,
    invoices: invoices.docs,
    artistFeeCents: artistFee,
  }
}
