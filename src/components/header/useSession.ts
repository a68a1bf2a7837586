'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { ActivityCounts } from '@/components/live/ActivityBadge'

/** The few fields of the logged-in user the header shows. */
export type SessionUser = {
  id: number
  email: string
  name?: string | null
  role?: string | null
}

/** `undefined` while the browser is still asking, `null` for a visitor. */
export type Session = {
  user: SessionUser | null | undefined
  activity: ActivityCounts
}

/** Fired (on `window`) by anything that logs the person out or changes what the header shows. */
export const SESSION_CHANGED_EVENT = 'v14:session-changed'

/** Tells the header to ask again who is logged in (after logging out, renaming, …). */
export const announceSessionChange = (): void => {
  window.dispatchEvent(new Event(SESSION_CHANGED_EVENT))
}

const NO_ACTIVITY: ActivityCounts = { changedBookings: 0, unreadMessages: 0 }

/** Counts the loads; only the latest may go on to ask for the counts (see useSession). */
let latestLoad = 0

/** Called as a logout starts: loads under way must not ask for the counts of the ending session. */
export const supersedeSessionLoads = (): void => {
  latestLoad += 1
}

const fetchJson = async <T>(url: string): Promise<T | null> => {
  const res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' })
  return res.ok ? ((await res.json()) as T) : null
}

/**
 * The logged-in person's id, asked now (`GET /api/users/me`): for a click that comes before
 * `useSession` knows. Resolves to `null` for a visitor or when the request fails.
 */
export const askWhoIsLoggedIn = async (): Promise<number | null> => {
  try {
    return (await fetchJson<{ user: SessionUser | null }>('/api/users/me'))?.user?.id ?? null
  } catch {
    return null
  }
}

/**
 * Who is logged in, asked by the browser: the catalog and profile pages are one cached HTML for
 * every visitor, so the header's account part cannot come from the server. Asks
 * `GET /api/users/me` (Payload: `{user}` or `{user: null}`) and, for a user, the unread counts
 * `GET /api/users/me/activity`, on mount, on every page change and on `SESSION_CHANGED_EVENT`.
 * A failed request counts as a visitor.
 */
export const useSession = (): Session => {
  const pathname = usePathname()
  const [session, setSession] = useState<Session>({ user: undefined, activity: NO_ACTIVITY })

  useEffect(() => {
    let cancelled = false
    const load = async () => {
      const mine = ++latestLoad
      let next: Session = { user: null, activity: NO_ACTIVITY }
      try {
        const me = await fetchJson<{ user: SessionUser | null }>('/api/users/me')
        // A newer load (after a logout, a navigation) knows better; asking for the counts now could
        // meet a session that just ended (a 401 in the console).
        if (mine !== latestLoad) return
        const user = me?.user ?? null
        const activity = user
          ? ((await fetchJson<ActivityCounts>('/api/users/me/activity')) ?? NO_ACTIVITY)
          : NO_ACTIVITY
        next = { user, activity }
      } catch {
        // A failed request counts as a visitor.
      }
      if (!cancelled) setSession(next)
    }
    void load()
    const onChange = () => void load()
    window.addEventListener(SESSION_CHANGED_EVENT, onChange)
    return () => {
      cancelled = true
      window.removeEventListener(SESSION_CHANGED_EVENT, onChange)
    }
  }, [pathname])

  return session
}
