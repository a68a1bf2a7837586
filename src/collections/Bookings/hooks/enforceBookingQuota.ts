import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { lockRow } from '@/db/atomicIncrement'
import { checkBookingQuota } from '@/domain/quotas'
import { DAY_MS } from '@/domain/time'
import { quotaExceeded } from '@/errors/quotaExceeded'
import { getQuotaSettings } from '@/globals/Quotas/getQuotaSettings'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * On create, refuses a customer's booking beyond the Quotas global's per-hour and per-day limits
 * (429 with the time a slot frees up, `Retry-After` too). Admins are exempt — including when they
 * book on a customer's behalf, though such bookings do count towards that customer's windows.
 *
 * Counted in the database inside the create's transaction, after taking the customer's user-row
 * lock (PostgreSQL; SQLite serialises write transactions anyway): a second racing request waits
 * for the first to commit and then counts its booking, so exactly the limit gets through, across
 * any number of server instances. Runs before the quote is computed, so a refusal costs little.
 */
export const enforceBookingQuota: CollectionBeforeChangeHook<Booking> = async ({
  data,
  operation,
  req,
}) => {
  const user = req.user
  if (operation !== 'create' || !user || checkRole(['admin'], user)) return data
  await lockRow({ req, table: slugs.users, id: user.id })
  const limits = await getQuotaSettings(req)
  const now = new Date()
  // System query: the quota counts every booking made for this customer in the window, whoever
  // made it, independent of what the caller's read access would show.
  const recent = await req.payload.find({
    collection: slugs.bookings,
    where: {
      and: [
        { customer: { equals: user.id } },
        { createdAt: { greater_than: new Date(now.getTime() - DAY_MS).toISOString() } },
      ],
    },
    select: { createdAt: true },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const verdict = checkBookingQuota({
    now,
    recentCreatedAt: recent.docs.map((b) => new Date(b.createdAt)),
    limits,
  })
  if (!verdict.allowed) throw quotaExceeded(verdict)
  return data
}
