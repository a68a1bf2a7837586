import { getTranslations } from 'next-intl/server'

import { LocalTime } from '@/components/booking/LocalTime'
import { formatDateTime } from '@/domain/dateFormat'
import type { Locale } from '@/i18n/locales'
import type { AuditEvent, Deliverable } from '@/payload-types'

/** The deadline before the revision, from the decision's audit event (null when not recorded). */
const previousDeadlineOf = (events: AuditEvent[], deliverableId: number): string | null => {
  const decided = [...events]
    .reverse()
    .find(
      (e) =>
        e.action === 'deliverable.decided' &&
        (e.details as { deliverable?: unknown } | null)?.deliverable === deliverableId,
    )
  const previous = (decided?.details as { previousDeadline?: unknown } | null)?.previousDeadline
  return typeof previous === 'string' ? previous : null
}

/**
 * The open revision request at the top of the booking page, above everything else: which version,
 * the new deadline (with the one it replaced), the customer's notes and when they asked. Shown while
 * the booking is back in production after a revision request, so the artist sees it first. A server
 * component; `showFee` marks a billable round (not for the artist, who never sees prices).
 */
export const RevisionNotice = async ({
  deliverable,
  deadline,
  events,
  locale,
  showFee,
}: {
  deliverable: Pick<
    Deliverable,
    'id' | 'version' | 'decisionNotes' | 'decidedAt' | 'billableRevision'
  >
  deadline: string | null
  events: AuditEvent[]
  locale: Locale
  showFee: boolean
}) => {
  const t = await getTranslations('review.notice')
  const when = (value: string) => formatDateTime(value, { locale })
  const previous = previousDeadlineOf(events, deliverable.id)
  return (
    <section
      className="revision-notice"
      aria-labelledby="revision-notice-title"
      data-testid="revision-notice"
    >
      <h2 id="revision-notice-title">{t('title', { version: deliverable.version ?? 1 })}</h2>
      {deadline && (
        <p className="revision-notice__deadline" data-testid="revision-notice-deadline">
          <strong>
            {t('deadline')} <time dateTime={deadline}>{when(deadline)}</time>
          </strong>
          <LocalTime value={deadline} />
          {previous && previous !== deadline && (
            <span className="muted"> {t('wasDeadline', { date: when(previous) })}</span>
          )}
        </p>
      )}
      {deliverable.decisionNotes && (
        <>
          <p className="revision-notice__label">{t('notes')}</p>
          <blockquote className="prewrap revision-notice__notes">
            {deliverable.decisionNotes}
          </blockquote>
        </>
      )}
      <p className="muted">
        {deliverable.decidedAt && t('requestedAt', { date: when(deliverable.decidedAt) })}
        {showFee && deliverable.billableRevision && <> · {t('billable')}</>}
      </p>
    </section>
  )
}
