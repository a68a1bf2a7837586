import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { relationId } from '@/collections/Bookings/actorFor'
import { findBookingForUpload } from '@/collections/Bookings/findBookingForUpload'
import { lockRow } from '@/db/atomicIncrement'
import { checkScriptUpload } from '@/domain/scriptUpload'
import type { Script } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * A script belongs to exactly one booking, uploaded by that booking's customer (or an admin) while
 * the booking waits for it, or — as a replacement — until production starts (`checkScriptUpload`;
 * 409 with its sentence otherwise). Customer and artist are copied from the booking so that read
 * access is a plain filter; `version` numbers the booking's scripts 1, 2, … (the booking's row is
 * locked first, so two racing replacements can't both become the same version).
 */
export const linkScriptToBooking: CollectionBeforeChangeHook<Script> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const booking = await findBookingForUpload({
    req,
    bookingRef: data.booking,
    party: 'customer',
    what: 'script',
    refusal: { key: 'booking.onlyCustomerUploadsScript' },
  })
  await lockRow({ req, table: slugs.bookings, id: booking.id })
  // Re-read under the lock: the status may have moved since the access-checked read above.
  const current = await req.payload.findByID({
    collection: slugs.bookings,
    id: booking.id,
    depth: 0,
    req,
    overrideAccess: true, // the caller's access was checked just above; this only refreshes status
    select: { status: true },
  })
  const check = checkScriptUpload(current.status)
  if (!check.ok) throw new UserError(check.reason, check.status)
  // System count: versions of this booking's scripts, whoever may read them.
  const { totalDocs } = await req.payload.count({
    collection: slugs.scripts,
    where: { booking: { equals: booking.id } },
    req,
    overrideAccess: true,
  })
  return {
    ...data,
    booking: booking.id,
    customer: relationId(booking.customer) as number,
    artist: relationId(booking.artist) as number,
    uploadedBy: req.user?.id ?? null,
    version: totalDocs + 1,
    supersededAt: null,
  }
}
