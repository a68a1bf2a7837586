'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useCallback, useState } from 'react'

import { hasUnsavedInput } from '@/components/live/unsavedInput'
import { usePolling } from '@/components/live/usePolling'
import type { ChangeKind } from '@/domain/liveChanges'

type Changes = { version: string; kind: ChangeKind; actions: string[] }

/**
 * Keeps an open booking page current: polls `GET /api/bookings/:id/changes` (every 3 s while the
 * tab is visible, ETag/304) and, when the booking changed, re-renders the page on the server
 * (`router.refresh()`, which keeps client state) and says what changed in a polite live region.
 * While the page holds unsaved input (a half-typed note, a chosen file, an upload in progress) it
 * doesn't refresh but shows a "this booking changed — refresh" banner instead. `version` is the
 * ETag of the version the server rendered; the person's own changes (their form refreshes the
 * page) arrive with it and aren't announced.
 */
export const LiveRefresh = ({ bookingId, version }: { bookingId: number; version: string }) => {
  const router = useRouter()
  const t = useTranslations('live')
  const [note, setNote] = useState('')
  const [stale, setStale] = useState(false)

  // A server render with a newer version (the person's own change, or our refresh) is current.
  const [shown, setShown] = useState(version)
  if (shown !== version) {
    setShown(version)
    setStale(false)
  }

  const onChange = useCallback(
    (body: Changes) => {
      setNote(t(`changed.${body.kind}`))
      if (hasUnsavedInput()) setStale(true)
      else router.refresh()
    },
    [router, t],
  )
  usePolling<Changes>({ url: `/api/bookings/${bookingId}/changes`, etag: version, onChange })

  return (
    <>
      <p className="visually-hidden" aria-live="polite" data-testid="live-note">
        {note}
      </p>
      {stale && (
        <div className="notice live-banner" role="status" data-testid="live-banner">
          <span>{t('banner.text')}</span>{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setStale(false)
              router.refresh()
            }}
          >
            {t('banner.refresh')}
          </button>
        </div>
      )}
    </>
  )
}
