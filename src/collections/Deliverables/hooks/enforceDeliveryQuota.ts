import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { relationId } from '@/collections/Bookings/actorFor'
import { lockRow } from '@/db/atomicIncrement'
import { checkDeliveryQuota } from '@/domain/quotas'
import { quotaExceeded } from '@/errors/quotaExceeded'
import { getQuotaSettings } from '@/globals/Quotas/getQuotaSettings'
import type { Deliverable } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * On create, refuses a delivery beyond the Quotas global's limits for its booking: the number of
 * deliveries it holds, and their total size with this file (429, no retry time: waiting won't help).
 * Admins are exempt, though what they upload counts towards the booking's totals.
 *
 * Runs after `prepareDelivery` (the booking is then known to be the caller's and deliverable), in
 * the create's transaction and under the booking row's lock, so racing uploads are counted one after
 * the other. Payload writes the file only after the beforeChange hooks, so a refused upload leaves
 * no stored file behind (its temporary file is removed by the upload endpoint).
 */
export const enforceDeliveryQuota: CollectionBeforeChangeHook<Deliverable> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || checkRole(['admin'], req.user)) return data
  const bookingId = relationId(data.booking)
  if (bookingId === null || bookingId === '') return data
  await lockRow({ req, table: slugs.bookings, id: bookingId })
  const limits = await getQuotaSettings(req)
  // System query: the quota counts every stored delivery of the booking, whoever uploaded it.
  const stored = await req.payload.find({
    collection: slugs.deliverables,
    where: { booking: { equals: bookingId } },
    select: { filesize: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const verdict = checkDeliveryQuota({
    count: stored.docs.length,
    storedBytes: stored.docs.reduce((sum, d) => sum + (d.filesize ?? 0), 0),
    incomingBytes: data.filesize ?? req.file?.size ?? 0,
    limits,
  })
  if (!verdict.allowed) throw quotaExceeded(verdict)
  return data
}
