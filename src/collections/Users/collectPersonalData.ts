import type { PayloadRequest, Where } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

type Doc = Record<string, unknown> & { id: number }

/** Fields of a booking that are the customer's business, not the artist's: the price and its parts. */
const CUSTOMER_ONLY_BOOKING_FIELDS = ['quotedPrice', 'finalPrice', 'quoteBreakdown'] as const

/** Auth internals never part of an export, whatever Payload's read returns. */
const AUTH_INTERNALS = [
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'loginAttempts',
  'lockUntil',
] as const

/**
 * The docs of a read, or none when the caller may not read the collection at all (access `false`
 * makes the Local API throw 403 — an artist reading invoices): nothing there is theirs to export.
 */
const docsOrNone = async (read: Promise<{ docs: unknown[] }>): Promise<Doc[]> => {
  try {
    return (await read).docs as Doc[]
  } catch (error) {
    if ((error as { status?: unknown }).status === 403) return []
    throw error
  }
}

const without = (doc: Doc, fields: readonly string[]): Doc =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !fields.includes(key))) as Doc

/** The shape of "Download my data" (version 1). */
export type PersonalDataExport = {
  format: '14voices-personal-data/1'
  exportedAt: string
  profile: Doc
  bookings: { asCustomer: Doc[]; asArtist: Doc[] }
  invoices: Doc[]
  scripts: Doc[]
  deliverables: Doc[]
  auditEvents: Doc[]
  /** Metadata of their profile picture (the picture itself stays behind its file route). */
  avatars: Doc[]
}

/**
 * Everything the platform holds about `user` that they may take away (GDPR art. 15 and 20), read
 * through the Local API as them (`overrideAccess: false`), so access rules and field access decide
 * exactly as in the app:
 * - `profile`: their user row without auth internals (hash, salt, sessions, tokens, lockout);
 * - `bookings.asCustomer` in full; `bookings.asArtist` without the customer's price
 *   (quotedPrice, finalPrice, quoteBreakdown) — the artist sees the booking, not what it costs;
 * - `invoices`: metadata of invoices addressed to them (a JSON document; the PDF stays behind the
 *   file route);
 * - `scripts`, `deliverables`: metadata of the files of their bookings;
 * - `auditEvents`: events they caused or of their bookings, without IP addresses other than their
 *   own (the `ip` field is admin-only, and even an admin's export keeps only their own).
 * - `avatars`: metadata of their own profile picture (file name, type, size, dates).
 * Depth 0: related documents appear as ids. Input: the request and the caller. Output: the export.
 */
export const collectPersonalData = async ({
  req,
  user,
  now = new Date(),
}: {
  req: PayloadRequest
  user: User
  now?: Date
}): Promise<PersonalDataExport> => {
  const asUser = { req, user, overrideAccess: false, depth: 0, pagination: false } as const
  const profile = await req.payload.findByID({ collection: slugs.users, id: user.id, ...asUser })

  const bookings = (
    await req.payload.find({
      collection: slugs.bookings,
      where: { or: [{ customer: { equals: user.id } }, { artist: { equals: user.id } }] },
      sort: 'createdAt',
      ...asUser,
    })
  ).docs as unknown as Doc[]
  const asCustomer = bookings.filter((b) => relationId(b.customer) === user.id)
  const asArtist = bookings
    .filter((b) => relationId(b.customer) !== user.id)
    .map((b) => without(b, CUSTOMER_ONLY_BOOKING_FIELDS))
  const ofBookings: Where = { booking: { in: bookings.map((b) => b.id) } }

  const [invoices, scripts, deliverables, auditEvents, avatars] = await Promise.all(
    [
      req.payload.find({
        collection: slugs.invoices,
        where: { customer: { equals: user.id } },
        sort: 'issueDate',
        ...asUser,
      }),
      req.payload.find({
        collection: slugs.scripts,
        where: ofBookings,
        sort: 'createdAt',
        ...asUser,
      }),
      req.payload.find({
        collection: slugs.deliverables,
        where: ofBookings,
        sort: 'createdAt',
        ...asUser,
      }),
      req.payload.find({
        collection: slugs.auditEvents,
        where: {
          or: [
            { actor: { equals: user.id } },
            { customer: { equals: user.id } },
            { artist: { equals: user.id } },
          ],
        },
        sort: 'createdAt',
        ...asUser,
      }),
      req.payload.find({
        collection: slugs.avatars,
        where: { user: { equals: user.id } },
        sort: 'createdAt',
        ...asUser,
      }),
    ].map(docsOrNone),
  )

  return {
    format: '14voices-personal-data/1',
    exportedAt: now.toISOString(),
    profile: without(profile as unknown as Doc, AUTH_INTERNALS),
    bookings: { asCustomer, asArtist },
    invoices,
    scripts,
    deliverables,
    auditEvents: auditEvents.map((e) =>
      relationId(e.actor) === user.id ? without(e, ['onceKey']) : without(e, ['ip', 'onceKey']),
    ),
    avatars,
  }
}
