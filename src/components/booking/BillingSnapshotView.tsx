import { getTranslations } from 'next-intl/server'

import type { Booking } from '@/payload-types'

/**
 * The booking's billing snapshot, small, in the details panel (customers and admins; the page never
 * renders it for the artist, and the API doesn't give it to them): who the invoice goes to, as the
 * booking recorded it when it became binding. Bookings from before snapshots say so.
 */
export const BillingSnapshotView = async ({
  snapshot,
}: {
  snapshot: Booking['billingSnapshot'] | undefined
}) => {
  const t = await getTranslations('billingDetails.snapshot')
  const lines = snapshot?.customerType
    ? [
        snapshot.customerType === 'business' ? snapshot.company : snapshot.name,
        ...(snapshot.address ?? '').split('\n'),
        snapshot.country,
        snapshot.vatId ? t('vatId', { vatId: snapshot.vatId }) : null,
      ]
        .map((line) => line?.trim() ?? '')
        .filter(Boolean)
    : []
  return (
    <div className="billing-snapshot" data-testid="billing-snapshot">
      <h3>{t('heading')}</h3>
      {lines.length > 0 ? (
        <address>
          {lines.map((line, i) => (
            <span key={i}>
              {line}
              <br />
            </span>
          ))}
        </address>
      ) : (
        <p className="muted">{t('none')}</p>
      )}
    </div>
  )
}
