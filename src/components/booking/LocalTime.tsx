'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useSyncExternalStore } from 'react'

import { viewerClockTime } from '@/domain/dateFormat'
import { intlTag } from '@/i18n/locales'

const noSubscription = () => () => {}

/**
 * The same moment on the viewer's own clock, e.g. " (your time: 12:00 EST)", when the browser's
 * zone shows a different time than Amsterdam; nothing otherwise. Worded and formatted in the page's
 * language. The server snapshot is null, so the server HTML and the hydrating render agree and the
 * label appears right after hydration.
 */
export const LocalTime = ({ value }: { value: string }) => {
  const locale = useLocale()
  const t = useTranslations('bookings')
  const time = useSyncExternalStore(
    noSubscription,
    () =>
      viewerClockTime({
        value,
        viewerZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        viewerLocale: intlTag[locale],
      }),
    () => null,
  )
  return time ? (
    <span className="muted" data-testid="viewer-time">
      {' '}
      ({t('yourTime', { time })})
    </span>
  ) : null
}
