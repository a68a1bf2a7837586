import { getPayload } from 'payload'

import config from '@payload-config'
import { slugs } from '@/slugs'

/**
 * True when booking `id` exists, whoever it belongs to. The booking page asks this only after the
 * logged-in person's own, access-checked read found nothing, to tell "this booking belongs to
 * another account — log out and in with that one" (someone who followed an email link while logged
 * in as someone else) apart from a mistyped address. Reveals only that a sequential booking number
 * is taken; nothing about the booking. Non-numeric ids: false.
 */
export const bookingExists = async (id: string | number): Promise<boolean> => {
  if (!/^\d+$/.test(String(id))) return false
  const payload = await getPayload({ config })
  // System count: only the existence of the number is used (see above); no field is read.
  const { totalDocs } = await payload.count({
    collection: slugs.bookings,
    where: { id: { equals: Number(id) } },
    overrideAccess: true,
  })
  return totalDocs > 0
}
