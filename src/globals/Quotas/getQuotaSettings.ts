import type { PayloadRequest } from 'payload'

import type { QuotaSettings } from '@/domain/quotas'
import { defaultQuotaSettings } from '@/domain/quotas'
import { globalSlugs } from '@/slugs'

type QuotasDoc = Partial<Record<keyof QuotaSettings, number | null>>

/**
 * The Quotas global as the domain's settings (defaults for anything unset). A system read: the limits
 * apply to everyone, and only the refusal sentence is shown. Read with `req`, so inside the caller's
 * transaction.
 */
export const getQuotaSettings = async (req: PayloadRequest): Promise<QuotaSettings> => {
  const doc = (await req.payload.findGlobal({
    slug: globalSlugs.quotas,
    req,
    overrideAccess: true,
    depth: 0,
  })) as QuotasDoc
  const d = defaultQuotaSettings
  return {
    bookingsPerHour: doc.bookingsPerHour ?? d.bookingsPerHour,
    bookingsPerDay: doc.bookingsPerDay ?? d.bookingsPerDay,
    deliveriesPerBooking: doc.deliveriesPerBooking ?? d.deliveriesPerBooking,
    deliveryBytesPerBooking: doc.deliveryBytesPerBooking ?? d.deliveryBytesPerBooking,
  }
}
