import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { erasedEmail, erasedName, needsArtist } from '@/domain/privacy'
import { UserError } from '@/errors/UserError'
import type { Booking, User } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Erases the personal data of `user` (GDPR art. 17) inside the caller's transaction (`req`), after
 * the caller has re-checked their password:
 * - refuses with 409 the last admin (someone must run the agency) and an artist with bookings that
 *   still need them (the agency reassigns first);
 * - keeps the user row as a tombstone: bookings, invoices and audit events keep pointing at a party,
 *   now named `erasedName(role)` with the address `erasedEmail(id)`, no billing details, no password
 *   hash (no password can match), no sessions or reset token (every token stops working), and
 *   `anonymisedAt` set;
 * - deletes their avatar (row and file: personal data with no reason to keep);
 * - takes an artist's profile out of the public catalogue (`active: false`);
 * - writes one `account.erased` audit event per booking of theirs (as customer or artist).
 * Invoices are not touched: their buyer snapshot is kept 7 years (Dutch tax law, AWR art. 52).
 * Output: the ids of the bookings audited. Throws UserError 409 as above.
 */
export const eraseAccount = async ({
  req,
  user,
  now = new Date(),
}: {
  req: PayloadRequest
  user: User
  now?: Date
}): Promise<number[]> => {
  if (user.role === 'admin') {
    // System count: the question is about every admin, not what the caller may read.
    const admins = await req.payload.count({
      collection: slugs.users,
      where: { and: [{ role: { equals: 'admin' } }, { anonymisedAt: { exists: false } }] },
      req,
      overrideAccess: true,
    })
    if (admins.totalDocs <= 1) throw new UserError({ key: 'auth.lastAdmin' }, 409)
  }
  // The caller's own bookings, read as them (an admin reads all, hence the filter).
  const bookings = (
    await req.payload.find({
      collection: slugs.bookings,
      where: { or: [{ customer: { equals: user.id } }, { artist: { equals: user.id } }] },
      depth: 0,
      pagination: false,
      req,
      user,
      overrideAccess: false,
    })
  ).docs as Booking[]
  const asArtist = bookings.filter((b) => relationId(b.artist) === user.id)
  const active = asArtist.filter((b) => needsArtist(b.status))
  if (active.length > 0)
    throw new UserError({ key: 'auth.artistStillBooked', values: { count: active.length } }, 409)

  // A direct row write: the password hash, salt and sessions are hidden auth fields that the
  // Local API's update doesn't write, and the whole tombstone must land in this one statement.
  await req.payload.db.updateOne({
    collection: slugs.users,
    id: user.id,
    data: {
      name: erasedName(user.role),
      email: erasedEmail(user.id),
      billing: { company: null, vatId: null, address: null, country: null, customerType: null },
      anonymisedAt: now.toISOString(),
      hash: null,
      salt: null,
      sessions: [],
      resetPasswordToken: null,
      resetPasswordExpiration: null,
      resetPasswordRequestedAt: null,
      loginAttempts: 0,
      lockUntil: null,
    },
    req,
    returning: false,
  })
  // System delete: their own avatar, whoever may otherwise delete it; the file goes with the row.
  await req.payload.delete({
    collection: slugs.avatars,
    where: { user: { equals: user.id } },
    depth: 0,
    req,
    overrideAccess: true,
  })
  // The billing snapshot on their bookings holds their name, email and address (GDPR art. 17):
  // issued invoices keep the buyer details they must keep by law (retention), the bookings don't.
  // Company, VAT ID and country stay: a business's identity, which a later credit note's VAT needs.
  // System write: `billingSnapshot` is a server field.
  const asCustomer = bookings.filter((b) => relationId(b.customer) === user.id)
  if (asCustomer.length > 0) {
    await req.payload.update({
      collection: slugs.bookings,
      where: { id: { in: asCustomer.map((b) => b.id) } },
      data: { billingSnapshot: { name: null, email: null, address: null } },
      depth: 0,
      req,
      overrideAccess: true,
    })
  }
  if (user.role === 'voiceover') {
    // Their public profile (name, photo, voice) leaves the catalogue at once; whether to delete it
    // and its demos is the agency's call (they may hold rights to the recordings). System write:
    // `active` is an admin field.
    await req.payload.update({
      collection: slugs.voiceovers,
      where: { user: { equals: user.id } },
      data: { active: false },
      depth: 0,
      req,
      overrideAccess: true,
    })
  }
  for (const booking of bookings) {
    await recordAudit({
      req,
      action: 'account.erased',
      booking,
      details: {
        user: user.id,
        as: relationId(booking.customer) === user.id ? 'customer' : 'artist',
      },
    })
  }
  return bookings.map((b) => b.id)
}
