import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'
import { notFound, redirect } from 'next/navigation'
import type { ReactNode } from 'react'

import { DecisionForm } from '@/components/booking/DecisionForm'
import { FileUploadForm } from '@/components/booking/FileUploadForm'
import { IssueInvoiceButton } from '@/components/booking/IssueInvoiceButton'
import { LocalTime } from '@/components/booking/LocalTime'
import type { StatusAction } from '@/components/booking/StatusActions'
import { StatusActions } from '@/components/booking/StatusActions'
import { bookingEtag } from '@/domain/bookingEtag'
import { StatusBadge } from '@/components/booking/StatusBadge'
import {
  deliverableAccept,
  deliverableHint,
  scriptAccept,
  scriptHint,
} from '@/components/booking/uploadKinds'
import type { TransitionActor } from '@/domain/bookingStatus'
import { allowedTransitions } from '@/domain/bookingStatus'
import { formatDate, formatDateTime } from '@/domain/dateFormat'
import type { Quote } from '@/domain/pricing'
import { env } from '@/env'
import {
  projectTypeLabel,
  usageMediaLabels,
  usageRegionLabels,
  usageTermLabels,
} from '@/lib/bookingLabels'
import { getBookingDetail } from '@/lib/bookingViews'
import { getCurrentUser } from '@/lib/currentUser'
import { formatEuroCents } from '@/lib/money'
import { describeEvent } from '@/lib/timeline'
import type { Booking, User } from '@/payload-types'

export const metadata: Metadata = { title: 'Booking', robots: { index: false } }

type Props = { params: Promise<{ id: string }> }

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

const viewerRole = (user: User, booking: Booking): TransitionActor | null => {
  if (user.role === 'admin') return 'admin'
  if (String(idOf(booking.customer)) === String(user.id)) return 'customer'
  if (String(idOf(booking.artist)) === String(user.id)) return 'artist'
  return null
}

/** The status buttons for this viewer; approving and revisions go through the delivery instead. */
const actionsFor = (booking: Booking, role: TransitionActor): StatusAction[] =>
  allowedTransitions(booking.status, role).flatMap((to): StatusAction[] => {
    if (to === 'cancelled') {
      return [{ to, label: 'Cancel booking', needsReason: true, tone: 'danger' }]
    }
    if (to === 'in_production' && booking.status === 'script_received') {
      return [{ to, label: 'Start production', tone: 'primary' }]
    }
    return []
  })

const isQuote = (value: unknown): value is Quote =>
  typeof value === 'object' && value !== null && Array.isArray((value as Quote).lines)

// Next.js requires a default export for pages.
export default async function BookingPage({ params }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(`/login?next=${encodeURIComponent(`/account/bookings/${id}`)}`)
  const detail = await getBookingDetail(user, id)
  if (!detail) notFound()
  const { booking, voiceover, scripts, deliverables, events, invoices } = detail
  const role = viewerRole(user, booking)
  if (!role) notFound()

  const actions = actionsFor(booking, role)
  const quote = isQuote(booking.quoteBreakdown) ? booking.quoteBreakdown : null
  const latest = deliverables[0]
  const facts: [string, ReactNode][] = [
    ['Voice artist', voiceover?.name ?? ''],
    ['Project type', projectTypeLabel(booking.projectType)],
    ['Words', booking.wordCount ? String(booking.wordCount) : ''],
    [
      'Usage',
      booking.usage?.media && booking.usage.region && booking.usage.term
        ? `${usageMediaLabels[booking.usage.media]}, ${usageRegionLabels[booking.usage.region]}, ${usageTermLabels[booking.usage.term]}`
        : '',
    ],
    ['Rush order', booking.rushOrder ? 'Yes' : 'No'],
    [
      'Deadline',
      booking.deadline ? (
        <>
          <time dateTime={booking.deadline}>{formatDateTime(booking.deadline)}</time>
          <LocalTime value={booking.deadline} />
        </>
      ) : (
        'Set when the script arrives'
      ),
    ],
    ['Booked', formatDateTime(booking.createdAt)],
  ]
  const backHref = role === 'artist' ? '/dashboard' : '/account/bookings'

  return (
    <div className="container booking-page">
      <p className="breadcrumb">
        <Link href={backHref}>
          <span aria-hidden="true">← </span>
          {role === 'artist' ? 'Dashboard' : 'My bookings'}
        </Link>
      </p>
      <div className="booking-page__head">
        <h1>{booking.projectTitle}</h1>
        <StatusBadge status={booking.status} testId="booking-status" />
      </div>
      {booking.status === 'cancelled' && booking.cancellationReason && (
        <p className="notice">Cancelled: {booking.cancellationReason}</p>
      )}
      <StatusActions bookingId={booking.id} etag={bookingEtag(booking)} actions={actions} />

      <div className="booking-page__columns">
        <div>
          <section aria-labelledby="script-title" className="panel">
            <h2 id="script-title">Script</h2>
            {scripts.length === 0 ? (
              <p className="muted">No script uploaded yet.</p>
            ) : (
              <ul className="file-list">
                {scripts.map((script) => (
                  <li key={script.id}>
                    {script.url && (
                      <a href={script.url} download>
                        Download script
                      </a>
                    )}{' '}
                    <span className="muted">uploaded {formatDateTime(script.createdAt)}</span>
                  </li>
                ))}
              </ul>
            )}
            {role === 'customer' && booking.status === 'pending_script' && (
              <FileUploadForm
                url="/api/scripts"
                bookingId={booking.id}
                label="Script file"
                hint={scriptHint}
                accept={scriptAccept}
                maxMb={env.MAX_SCRIPT_MB}
                submitLabel="Upload script"
              />
            )}
            {booking.directionNotes && (
              <>
                <h3>Direction notes</h3>
                <p className="prewrap">{booking.directionNotes}</p>
              </>
            )}
          </section>

          <section aria-labelledby="recordings-title" className="panel">
            <h2 id="recordings-title">Recordings</h2>
            {deliverables.length === 0 && <p className="muted">Nothing delivered yet.</p>}
            {role === 'artist' && booking.status === 'in_production' && (
              <FileUploadForm
                url="/api/deliverables"
                bookingId={booking.id}
                label="Audio file"
                hint={deliverableHint}
                accept={deliverableAccept}
                maxMb={env.MAX_DELIVERABLE_MB}
                notesLabel="Notes for the customer (optional)"
                submitLabel="Deliver recording"
              />
            )}
            <ol className="versions" reversed>
              {deliverables.map((d) => (
                <li key={d.id} className="version" data-testid={`version-${d.version}`}>
                  <h3>Version {d.version}</h3>
                  <p className="muted">Delivered {formatDateTime(d.createdAt)}</p>
                  {d.audioSummary && (
                    <p className="muted" data-testid={`version-${d.version}-audio`}>
                      {d.audioSummary}
                    </p>
                  )}
                  {d.url && (
                    <>
                      {/* The file route answers Range requests, so the player can seek. */}
                      <audio controls preload="metadata" src={d.url} className="demo__audio">
                        <track kind="captions" />
                      </audio>
                      <p>
                        <a href={d.url} download>
                          Download version {d.version}
                        </a>
                      </p>
                    </>
                  )}
                  {d.notes && <p className="prewrap">Artist’s notes: {d.notes}</p>}
                  {d.decision === 'approved' && (
                    <p className="notice notice--ok">
                      Approved{d.autoApproved ? ' automatically' : ''}{' '}
                      {d.decidedAt ? formatDateTime(d.decidedAt) : ''}
                    </p>
                  )}
                  {d.decision === 'revision_requested' && (
                    <p className="notice">
                      Revision requested{d.billableRevision ? ' (billable)' : ''}:{' '}
                      <span className="prewrap">{d.decisionNotes}</span>
                    </p>
                  )}
                  {role === 'customer' &&
                    booking.status === 'review' &&
                    d.id === latest?.id &&
                    !d.decision && <DecisionForm deliverableId={d.id} version={d.version ?? 1} />}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div>
          <section aria-labelledby="details-title" className="panel">
            <h2 id="details-title">Details</h2>
            <dl className="facts">
              {facts
                .filter(([, detailText]) => detailText !== '')
                .map(([term, detailText]) => (
                  <div key={term} className="facts__row">
                    <dt>{term}</dt>
                    <dd>{detailText}</dd>
                  </div>
                ))}
            </dl>
            {quote && role !== 'artist' && (
              <dl className="quote-lines">
                {quote.lines.map((line) => (
                  <div key={line.kind} className="quote-lines__row">
                    <dt>{line.label}</dt>
                    <dd>{formatEuroCents(line.amountCents)}</dd>
                  </div>
                ))}
              </dl>
            )}
            {typeof booking.quotedPrice === 'number' && role !== 'artist' && (
              <p className="quote-total">
                <span>Price excl. VAT</span>
                <strong>{formatEuroCents(booking.finalPrice ?? booking.quotedPrice)}</strong>
              </p>
            )}
          </section>

          {role !== 'artist' && (invoices.length > 0 || booking.status === 'completed') && (
            <section aria-labelledby="invoice-title" className="panel">
              <h2 id="invoice-title">Invoice</h2>
              {invoices.length === 0 ? (
                <p className="muted" data-testid="invoice-pending">
                  Your invoice is being prepared and will appear here in a moment.
                </p>
              ) : (
                <ul className="invoice-list">
                  {invoices.map((inv) => (
                    <li key={inv.id}>
                      <strong>
                        {inv.kind === 'credit_note' ? 'Credit note' : 'Invoice'} {inv.number}
                      </strong>
                      <span className="muted">
                        {' '}
                        · {formatDate(inv.issueDate)} · {formatEuroCents(inv.total)} incl. VAT
                        {inv.kind === 'invoice' && <> · due {formatDate(inv.dueDate)}</>}
                      </span>
                      {inv.url && (
                        <a
                          href={inv.url}
                          download={inv.filename ?? undefined}
                          className="invoice-list__download"
                        >
                          Download {inv.kind === 'credit_note' ? 'credit note' : 'invoice'} PDF
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {role === 'admin' &&
                booking.status === 'completed' &&
                !invoices.some((inv) => inv.kind === 'invoice') && (
                  <IssueInvoiceButton bookingId={booking.id} />
                )}
            </section>
          )}

          <section aria-labelledby="history-title" className="panel">
            <h2 id="history-title">History</h2>
            <ol className="timeline">
              {events
                .filter((e) => e.action !== 'deliverable.downloaded')
                .map((e) => (
                  <li key={e.id}>
                    <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>{' '}
                    <span>{describeEvent(e)}</span>
                  </li>
                ))}
            </ol>
          </section>
        </div>
      </div>
    </div>
  )
}
