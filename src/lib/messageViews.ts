import { getPayload } from 'payload'

import config from '@payload-config'
import type { MessageAuthorRole } from '@/domain/messages'
import type { Message, User } from '@/payload-types'
import { slugs } from '@/slugs'

/** One message as the booking page shows it (the author's name is resolved by the page). */
export type ThreadMessage = Pick<Message, 'id' | 'body' | 'createdAt'> & {
  authorId: number | null
  authorRole: MessageAuthorRole
}

/** Longest thread the page shows; older messages beyond it are announced, not silently dropped. */
export const THREAD_LIMIT = 500

/**
 * A booking's messages, oldest first, read as `user` with `overrideAccess: false` (so the page shows
 * exactly what `GET /api/messages` would give them). Output: at most `THREAD_LIMIT` of the newest
 * messages (in oldest-first order) and the total count.
 */
export const listThread = async (
  user: User,
  bookingId: number,
): Promise<{ messages: ThreadMessage[]; total: number }> => {
  const payload = await getPayload({ config })
  const { docs, totalDocs } = await payload.find({
    collection: slugs.messages,
    where: { booking: { equals: bookingId } },
    user,
    overrideAccess: false,
    depth: 0,
    sort: '-createdAt',
    limit: THREAD_LIMIT,
    select: { body: true, createdAt: true, author: true, authorRole: true },
  })
  const messages = docs.reverse().map((m) => ({
    id: m.id,
    body: m.body,
    createdAt: m.createdAt,
    authorId: typeof m.author === 'object' && m.author ? m.author.id : (m.author ?? null),
    authorRole: (m.authorRole ?? 'staff') as MessageAuthorRole,
  }))
  return { messages, total: totalDocs }
}

/**
 * The customer's display name for the thread (company, else name), as the artist's emails already
 * show it: a system read of those two fields only, since an artist may not read the customer's
 * account itself. Null when the account is gone or has neither.
 */
export const customerDisplayName = async (customerId: number | null): Promise<string | null> => {
  if (customerId === null) return null
  const payload = await getPayload({ config })
  const customer = await payload
    .findByID({
      collection: slugs.users,
      id: customerId,
      depth: 0,
      overrideAccess: true,
      select: { name: true, billing: { company: true } },
    })
    .catch(() => null)
  return customer?.billing?.company || customer?.name || null
}
