'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

import { hasUnsavedInput } from '@/components/live/unsavedInput'

/** How often the page asks again while a technical check runs, ms. */
const EVERY_MS = 3000

/**
 * While a delivery's technical check is running, re-renders the booking page on the server every
 * few seconds (`router.refresh()`, client state kept) so the artist sees the report when it lands —
 * a failed check changes nothing the booking's change feed (`LiveRefresh`) watches. Skips a round
 * while the page holds unsaved input. Rendered only while a check is pending; renders nothing.
 */
export const QcPendingRefresh = () => {
  const router = useRouter()
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && !hasUnsavedInput()) router.refresh()
    }, EVERY_MS)
    return () => window.clearInterval(timer)
  }, [router])
  return null
}
