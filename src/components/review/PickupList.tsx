import { useTranslations } from 'next-intl'

import type { Pickup } from '@/domain/reviewComments'
import { formatSpan } from '@/domain/reviewComments'

/** A revision request's numbered pickup list (the open waveform comments it gathered). */
export const PickupList = ({ pickups, testId }: { pickups: Pickup[]; testId?: string }) => {
  const t = useTranslations('reviewComments')
  if (pickups.length === 0) return null
  return (
    <div className="pickup-list" data-testid={testId}>
      <h4>{t('pickupsTitle')}</h4>
      <ol>
        {pickups.map((p) => (
          <li key={p.id} value={p.number}>
            {t('pickupLine', { time: formatSpan(p.startSeconds, p.endSeconds), body: p.body })}
          </li>
        ))}
      </ol>
    </div>
  )
}
