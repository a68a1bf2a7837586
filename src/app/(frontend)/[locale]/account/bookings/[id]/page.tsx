import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { DecisionForm } from '@/components/booking/DecisionForm'
import { FileUploadForm } from '@/components/booking/FileUploadForm'
import { IssueInvoiceButton } from '@/components/booking/IssueInvoiceButton'
import { LiveRefresh } from '@/components/booking/LiveRefresh'
import { LocalTime } from '@/components/booking/LocalTime'
import type { StatusAction } from '@/components/booking/StatusActions'
import { StatusActions } from '@/components/booking/StatusActions'
import { bookingEtag } from '@/domain/bookingEtag'
import { StatusBadge } from '@/components/booking/StatusBadge'
import { deliverableAccept, scriptAccept } from '@/components/booking/uploadKinds'
import type { TransitionActor } from '@/domain/bookingStatus'
import { allowedTransitions } from '@/domain/bookingStatus'
import { formatDate, formatDateTime } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import type { Quote } from '@/domain/pricing'
import { env } from '@/env'
import { intlTag, type Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { getBookingDetail } from '@/lib/bookingViews'
import { markBookingSeen } from '@/collections/BookingReads/markBookingSeen'
import { bookingVersion } from '@/collections/Bookings/bookingVersion'
import { versionEtag } from '@/domain/liveChanges'
import config from '@payload-config'
import { getPayload } from 'payload'
import { getCurrentUser } from '@/lib/currentUser'
import { labelFor, usageLabel } from '@/lib/labels'
import { describeEvent } from '@/lib/timeline'
import type { Booking, User } from '@/payload-types'

type Props = { params: Promise<{ id: string; locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'bookings.page' })
  return { title: t('metaTitle'), robots: { index: false } }
}

type Translate = Awaited<ReturnType<typeof getTranslations<'bookings.page'>>>

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

const viewerRole = (user: User, booking: Booking): TransitionActor | null => {
  if (user.role === 'admin') return 'admin'
  if (String(idOf(booking.customer)) === String(user.id)) return 'customer'
  if (String(idOf(booking.artist)) === String(user.id)) return 'artist'
  return null
}

/** The status buttons for this viewer; approving and revisions go through the delivery instead. */
const actionsFor = (booking: Booking, role: TransitionActor, t: Translate): StatusAction[] =>
  allowedTransitions(booking.status, role).flatMap((to): StatusAction[] => {
    if (to === 'cancelled') {
      return [{ to, label: t('cancel'), needsReason: true, tone: 'danger' }]
    }
    if (to === 'in_production' && booking.status === 'script_received') {
      return [{ to, label: t('startProduction'), tone: 'primary' }]
    }
    return []
  })

const isQuote = (value: unknown): value is Quote =>
  typeof value === 'object' && value !== null && Array.isArray((value as Quote).lines)

// Next.js requires a default export for pages.
export default async function BookingPage({ params }: Props) {
  const { id, locale: requested } = await params
  const locale = requested as Locale
  const user = await getCurrentUser()
  if (!user) {
    return redirect({
      href: `/login?next=${encodeURIComponent(`/${locale}/account/bookings/${id}`)}`,
      locale,
    })
  }
  const t = await getTranslations('bookings.page')
  const tUpload = await getTranslations('bookings.upload')
  const when = (value: string) => formatDateTime(value, { locale })
  const detail = await getBookingDetail(user, id)
  if (!detail) notFound()
  const { booking, voiceover, scripts, deliverables, events, invoices } = detail
  const role = viewerRole(user, booking)
  if (!role) notFound()
  // The version this render shows, and the person has now seen it (the header's badge clears).
  const payload = await getPayload({ config })
  const version = await bookingVersion({ payload, user, id: booking.id })
  if (version) {
    await markBookingSeen({ payload, user, bookingId: booking.id, eventId: version.newestId })
  }

  const actions = actionsFor(booking, role, t)
  const quote = isQuote(booking.quoteBreakdown) ? booking.quoteBreakdown : null
  const latest = deliverables[0]
  const facts: [string, ReactNode][] = [
    [t('artist'), voiceover?.name ?? ''],
    [t('projectType'), labelFor('projectType', booking.projectType, locale)],
    [t('words'), booking.wordCount ? booking.wordCount.toLocaleString(intlTag[locale]) : ''],
    [t('usage'), usageLabel(booking.usage, locale)],
    [t('rushOrder'), booking.rushOrder ? t('yes') : t('no')],
    [
      t('deadline'),
      booking.deadline ? (
        <>
          <time dateTime={booking.deadline}>{when(booking.deadline)}</time>
          <LocalTime value={booking.deadline} />
        </>
      ) : (
        t('deadlineLater')
      ),
    ],
    [t('booked'), when(booking.createdAt)],
  ]
  const backHref = role === 'artist' ? '/dashboard' : '/account/bookings'

  return (
    <div className="container booking-page">
      <p className="breadcrumb">
        <Link href={backHref}>
          <span aria-hidden="true">← </span>
          {role === 'artist' ? t('dashboard') : t('myBookings')}
        </Link>
      </p>
      <div className="booking-page__head">
        <h1>{booking.projectTitle}</h1>
        <StatusBadge status={booking.status} testId="booking-status" />
      </div>
      {booking.status === 'cancelled' && booking.cancellationReason && (
        <p className="notice">{t('cancelledBecause', { reason: booking.cancellationReason })}</p>
      )}
      {version && <LiveRefresh bookingId={booking.id} version={versionEtag(version)} />}
      <StatusActions bookingId={booking.id} etag={bookingEtag(booking)} actions={actions} />

      <div className="booking-page__columns">
        <div>
          <section aria-labelledby="script-title" className="panel">
            <h2 id="script-title">{t('scriptTitle')}</h2>
            {scripts.length === 0 ? (
              <p className="muted">{t('noScript')}</p>
            ) : (
              <ul className="file-list">
                {scripts.map((script) => (
                  <li key={script.id}>
                    {script.url && (
                      <a href={script.url} download>
                        {t('downloadScript')}
                      </a>
                    )}{' '}
                    <span className="muted">
                      {t('uploadedAt', { date: when(script.createdAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {role === 'customer' && booking.status === 'pending_script' && (
              <FileUploadForm
                url="/api/scripts"
                bookingId={booking.id}
                label={t('scriptFile')}
                hint={tUpload('scriptHint')}
                accept={scriptAccept}
                maxMb={env.MAX_SCRIPT_MB}
                submitLabel={t('uploadScript')}
              />
            )}
            {booking.directionNotes && (
              <>
                <h3>{t('directionNotes')}</h3>
                <p className="prewrap">{booking.directionNotes}</p>
              </>
            )}
          </section>

          <section aria-labelledby="recordings-title" className="panel">
            <h2 id="recordings-title">{t('recordingsTitle')}</h2>
            {deliverables.length === 0 && <p className="muted">{t('nothingDelivered')}</p>}
            {role === 'artist' && booking.status === 'in_production' && (
              <FileUploadForm
                url="/api/deliverables"
                bookingId={booking.id}
                label={t('audioFile')}
                hint={tUpload('audioHint')}
                accept={deliverableAccept}
                maxMb={env.MAX_DELIVERABLE_MB}
                notesLabel={t('notesForCustomer')}
                submitLabel={t('deliver')}
              />
            )}
            <ol className="versions" reversed>
              {deliverables.map((d) => (
                <li key={d.id} className="version" data-testid={`version-${d.version}`}>
                  <h3>{t('version', { version: d.version ?? 1 })}</h3>
                  <p className="muted">{t('deliveredAt', { date: when(d.createdAt) })}</p>
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
                          {t('downloadVersion', { version: d.version ?? 1 })}
                        </a>
                      </p>
                    </>
                  )}
                  {d.notes && <p className="prewrap">{t('artistNotes', { notes: d.notes })}</p>}
                  {d.decision === 'approved' && (
                    <p className="notice notice--ok">
                      {t(d.autoApproved ? 'approvedAutomatically' : 'approved', {
                        date: d.decidedAt ? when(d.decidedAt) : '',
                      })}
                    </p>
                  )}
                  {d.decision === 'revision_requested' && (
                    <p className="notice">
                      {t(d.billableRevision ? 'revisionRequestedBillable' : 'revisionRequested')}{' '}
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
            <h2 id="details-title">{t('detailsTitle')}</h2>
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
                    <dt>{labelFor('quoteLine', line.kind, locale) || line.label}</dt>
                    <dd>{formatEuro(line.amountCents, locale)}</dd>
                  </div>
                ))}
              </dl>
            )}
            {typeof booking.quotedPrice === 'number' && role !== 'artist' && (
              <p className="quote-total">
                <span>{t('priceExclVat')}</span>
                <strong>{formatEuro(booking.finalPrice ?? booking.quotedPrice, locale)}</strong>
              </p>
            )}
          </section>

          {role !== 'artist' && (invoices.length > 0 || booking.status === 'completed') && (
            <section aria-labelledby="invoice-title" className="panel">
              <h2 id="invoice-title">{t('invoiceTitle')}</h2>
              {invoices.length === 0 ? (
                <p className="muted" data-testid="invoice-pending">
                  {t('invoicePending')}
                </p>
              ) : (
                <ul className="invoice-list">
                  {invoices.map((inv) => (
                    <li key={inv.id}>
                      <strong>
                        {inv.kind === 'credit_note'
                          ? t('creditNote', { number: inv.number })
                          : t('invoice', { number: inv.number })}
                      </strong>
                      <span className="muted">
                        {' '}
                        · {formatDate(inv.issueDate, { locale })} ·{' '}
                        {t('inclVat', { amount: formatEuro(inv.total, locale) })}
                        {inv.kind === 'invoice' && (
                          <> · {t('dueOn', { date: formatDate(inv.dueDate, { locale }) })}</>
                        )}
                      </span>
                      {inv.url && (
                        <a
                          href={inv.url}
                          download={inv.filename ?? undefined}
                          className="invoice-list__download"
                        >
                          {inv.kind === 'credit_note'
                            ? t('downloadCreditNote')
                            : t('downloadInvoice')}
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
            <h2 id="history-title">{t('historyTitle')}</h2>
            <ol className="timeline">
              {events
                .filter((e) => e.action !== 'deliverable.downloaded')
                .map((e) => (
                  <li key={e.id}>
                    <time dateTime={e.createdAt}>{when(e.createdAt)}</time>{' '}
                    <span>{describeEvent(e, locale)}</span>
                  </li>
                ))}
            </ol>
          </section>
        </div>
      </div>
    </div>
  )
}
