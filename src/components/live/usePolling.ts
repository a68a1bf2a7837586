'use client'

import { useEffect, useRef } from 'react'

/** How often an open page asks, and how far it backs off when the server doesn't answer. */
export const POLL_MS = 3_000
const MAX_BACKOFF_MS = 60_000

/**
 * Polls `url` every `intervalMs` (3 s) while the tab is visible, with `If-None-Match: <etag>` so an
 * unchanged answer is a 304 without a body; calls `onChange(body, etag)` on a 200 with a new ETag.
 * Pauses while the tab is hidden (`visibilitychange`) and asks at once when it shows again; after a
 * failed request (network, 5xx) waits twice as long each time, up to a minute; stops for good on
 * 401/403/404 (logged out, or the thing is gone). `etag` is the version the page was rendered with;
 * a new value (after `router.refresh()`) replaces the one polled from.
 */
export const usePolling = <T>({
  url,
  etag,
  onChange,
  intervalMs = POLL_MS,
}: {
  url: string
  etag: string | null
  onChange: (body: T, etag: string) => void
  intervalMs?: number
}): void => {
  const known = useRef(etag)
  const changed = useRef(onChange)
  useEffect(() => {
    known.current = etag
  }, [etag])
  useEffect(() => {
    changed.current = onChange
  }, [onChange])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let delay = intervalMs
    let stopped = false
    let inFlight: AbortController | null = null

    const schedule = (ms: number) => {
      clearTimeout(timer)
      if (!stopped && document.visibilityState === 'visible') timer = setTimeout(poll, ms)
    }

    const poll = async () => {
      inFlight = new AbortController()
      try {
        const res = await fetch(url, {
          headers: known.current ? { 'If-None-Match': known.current } : {},
          credentials: 'same-origin',
          // The browser's cache would turn our 304 into its stored 200; we keep the tag ourselves.
          cache: 'no-store',
          signal: inFlight.signal,
        })
        if (res.status === 401 || res.status === 403 || res.status === 404) {
          stopped = true
          return
        }
        if (res.status === 200) {
          const tag = res.headers.get('etag')
          const body = (await res.json()) as T
          if (tag && tag !== known.current) {
            known.current = tag
            changed.current(body, tag)
          }
        } else if (res.status !== 304) {
          throw new Error(`poll answered ${res.status}`)
        }
        delay = intervalMs
      } catch (error) {
        if ((error as { name?: string }).name === 'AbortError') return
        delay = Math.min(delay * 2, MAX_BACKOFF_MS)
      } finally {
        inFlight = null
      }
      schedule(delay)
    }

    const onVisibility = () => {
      if (document.visibilityState === 'visible') schedule(0)
      else {
        clearTimeout(timer)
        inFlight?.abort()
      }
    }

    document.addEventListener('visibilitychange', onVisibility)
    schedule(intervalMs)
    return () => {
      stopped = true
      clearTimeout(timer)
      inFlight?.abort()
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [url, intervalMs])
}
