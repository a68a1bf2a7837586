'use client'

import { useTranslations } from 'next-intl'
import { useCallback, useState } from 'react'

import { usePolling } from './usePolling'

export type ActivityCounts = { changedBookings: number; unreadMessages: number }

/**
 * The header's unread badge, inside the bookings (or dashboard) link: how many of the person's
 * bookings changed since they last opened them, and — apart — how many messages by others they
 * haven't read. Starts from the server's counts and stays current by polling
 * `GET /api/users/me/activity` (every 3 s while the tab is visible, ETag/304). Renders nothing when
 * both are zero; screen readers hear one sentence instead of the bare numbers.
 */
export const ActivityBadge = ({ initial }: { initial: ActivityCounts }) => {
  const t = useTranslations('live.badge')
  const [counts, setCounts] = useState(initial)
  // A server render (navigation, router.refresh) brings fresher counts than the last poll: adopt
  // them while rendering (React's "adjusting state when a prop changes").
  const serverKey = `${initial.changedBookings}.${initial.unreadMessages}`
  const [seenKey, setSeenKey] = useState(serverKey)
  if (serverKey !== seenKey) {
    setSeenKey(serverKey)
    setCounts(initial)
  }
  const onChange = useCallback((body: ActivityCounts) => {
    setCounts({ changedBookings: body.changedBookings, unreadMessages: body.unreadMessages })
  }, [])
  usePolling<ActivityCounts>({ url: '/api/users/me/activity', etag: null, onChange })

  const { changedBookings: changes, unreadMessages: messages } = counts
  if (changes === 0 && messages === 0) return null
  return (
    <span className="activity" data-testid="activity-badge">
      {changes > 0 && (
        <span className="activity__count" aria-hidden="true" data-testid="activity-changes">
          {changes}
        </span>
      )}
      {messages > 0 && (
        <span
          className="activity__count activity__count--messages"
          aria-hidden="true"
          data-testid="activity-messages"
        >
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path d="M2 3h12v8H6l-3 3v-3H2z" fill="currentColor" />
          </svg>
          {messages}
        </span>
      )}
      <span className="visually-hidden">{t('label', { changes, messages })}</span>
    </span>
  )
}
