import { Forbidden, getPayload, NotFound } from 'payload'

import config from '@payload-config'
import type { AuditEvent, Booking, Deliverable, Script, User, Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Data for the account pages. Every query runs as the logged-in user with `overrideAccess: false`,
 * so these pages can never show more than the REST API would give the same person.
 */

const asUser = (user: User) => ({ user, overrideAccess: false as const })

export type BookingListItem = Pick<
  Booking,
  | 'id'
  | 'projectTitle'
  | 'projectType'
  | 'status'
  | 'deadline'
  | 'quotedPrice'
  | 'rushOrder'
  | 'createdAt'
> & { voiceoverName: string }

const voiceoverName = (value: Booking['voiceover']): string =>
  typeof value === 'object' && value ? (value as Voiceover).name : 'Voice artist'

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
  scripts: Script[]
  deliverables: Deliverable[]
  events: AuditEvent[]
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
    if (error instanceof NotFound || error instanceof Forbidden) return null
    throw error
  }
  const byBooking = { booking: { equals: booking.id } }
  const [scripts, deliverables, events] = await Promise.all([
    payload.find({
      collection: slugs.scripts,
      where: byBooking,
      ...asUser(user),
      depth: 0,
      sort: '-createdAt',
      limit: 20,
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
  ])
  const vo = typeof booking.voiceover === 'object' ? booking.voiceover : null
  return {
    booking,
    voiceover: vo ? { name: vo.name, slug: vo.slug ?? null } : null,
    scripts: scripts.docs,
    deliverables: deliverables.docs,
    events: events.docs,
  }
}
