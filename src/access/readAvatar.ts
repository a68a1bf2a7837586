import type { Access } from 'payload'

import { slugs } from '@/slugs'

import { checkRole } from './checkRole'

const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value) {
    return (value as { id: number }).id
  }
  return null
}

/**
 * Read access to avatars (list, read and the file route): returns `true` for admins; for a
 * logged-in person a `Where` on the avatars of themselves and of everyone they share a booking with
 * (the booking's customer and artist, any status — they worked together); `false` for visitors.
 * Avatars are personal data (issue 12): never public, so a guessed file name gets nothing.
 */
export const readAvatar: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  // System read: which people this user works with (only the two party ids of their own bookings).
  const bookings = await req.payload.find({
    collection: slugs.bookings,
    where: { or: [{ customer: { equals: user.id } }, { artist: { equals: user.id } }] },
    select: { customer: true, artist: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const people = new Set<number>([user.id as number])
  for (const booking of bookings.docs) {
    for (const party of [booking.customer, booking.artist]) {
      const id = idOf(party)
      if (id !== null) people.add(id)
    }
  }
  return { user: { in: [...people] } }
}
