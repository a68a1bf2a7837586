import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { getDeliverySpec } from '@/globals/Pricing/getDeliverySpec'
import type { Booking } from '@/payload-types'

/**
 * On create, the booking gets its own copy of the Pricing global's delivery spec for its project
 * type, so a later change of the agency's defaults doesn't move the goalposts of a running booking.
 * An admin booking on a customer's behalf may set lines of their own; theirs are kept.
 */
export const copyDeliverySpec: CollectionBeforeChangeHook<Booking> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const spec = await getDeliverySpec(req, data.projectType)
  const given = checkRole(['admin'], req.user) ? (data.deliverySpec ?? {}) : {}
  const merged = Object.fromEntries(
    Object.entries(spec).map(([key, value]) => {
      const own = (given as Record<string, unknown>)[key]
      return [key, own === undefined || own === null ? value : own]
    }),
  )
  return { ...data, deliverySpec: merged as Booking['deliverySpec'] }
}
