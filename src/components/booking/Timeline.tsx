import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { buildTimeline, type TimelineEvent } from '@/lib/timeline'
import type { Booking, User } from '@/payload-types'

const idOf = (value: unknown): number | string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

const nameOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null ? ((value as User).name ?? null) : null

/**
 * The booking's history at the bottom of its page (issue 13): grouped by Amsterdam day, each line
 * "14:05 CET — Sanne delivered version 2", automatic steps right after what caused them and marked
 * as such (`buildTimeline`). Input: the audit events the viewer may read, the booking (its parties,
 * populated where the viewer may read them), the viewer, the artist's public name and the language.
 */
export const Timeline = async ({
  events,
  booking,
  viewer,
  artistName,
  locale,
}: {
  events: readonly TimelineEvent[]
  booking: Booking
  viewer: User
  artistName: string | null
  locale: Locale
}) => {
  const t = await getTranslations({ locale, namespace: 'timeline' })
  const tPage = await getTranslations({ locale, namespace: 'bookings.page' })
  const days = buildTimeline({
    events,
    parties: {
      viewerId: viewer.id,
      customerId: idOf(booking.customer),
      artistId: idOf(booking.artist),
      customerName: nameOf(booking.customer),
      artistName,
    },
    locale,
  })
  return (
    <section aria-labelledby="history-title" className="panel" data-testid="timeline">
      <h2 id="history-title">{tPage('historyTitle')}</h2>
      {days.length === 0 && <p className="muted">{t('empty')}</p>}
      {days.map((day) => (
        <section key={day.date} className="timeline__day" aria-label={day.heading}>
          <h3 className="timeline__heading">{day.heading}</h3>
          <ol className="timeline">
            {day.entries.map((entry) => (
              <li
                key={entry.id}
                className={entry.followsPrevious ? 'timeline__followup' : undefined}
                data-automatic={entry.automatic ? 'true' : undefined}
              >
                <time dateTime={entry.at}>{entry.time}</time> <span>{entry.text}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  )
}
