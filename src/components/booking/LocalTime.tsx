'use client'

import { useSyncExternalStore } from 'react'

import { viewerTimeLabel } from '@/domain/dateFormat'

const noSubscription = () => () => {}

/**
 * The same moment on the viewer's own clock, e.g. " (your time: 12:00 PM EST)", when the browser's
 * zone shows a different time than Amsterdam; nothing otherwise. The server snapshot is null, so the
 * server HTML and the hydrating render agree and the label appears right after hydration.
 */
export const LocalTime = ({ value }: { value: string }) => {
  const label = useSyncExternalStore(
    noSubscription,
    () =>
      viewerTimeLabel({
        value,
        viewerZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        viewerLocale: navigator.language,
      }),
    () => null,
  )
  return label ? (
    <span className="muted" data-testid="viewer-time">
      {' '}
      ({label})
    </span>
  ) : null
}
