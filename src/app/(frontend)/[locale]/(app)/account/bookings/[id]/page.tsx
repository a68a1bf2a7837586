import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { BillingSnapshotView } from '@/components/booking/BillingSnapshotView'
import { CorrectInvoiceForm } from '@/components/booking/CorrectInvoiceForm'
import { DecisionForm } from '@/components/booking/DecisionForm'
import { DeliveryQcReport } from '@/components/booking/DeliveryQcReport'
import { QcPendingRefresh } from '@/components/booking/QcPendingRefresh'
import { RevisionNotice } from '@/components/booking/RevisionNotice'
import { ReviewFacts } from '@/components/booking/ReviewFacts'
import { FileUploadForm } from '@/components/booking/FileUploadForm'
import { IssueInvoiceButton } from '@/components/booking/IssueInvoiceButton'
import { LiveRefresh } from '@/components/booking/LiveRefresh'
import { LocalTime } from '@/components/booking/LocalTime'
import { OtherAccountNotice } from '@/components/booking/OtherAccountNotice'
import { MessageThread } from '@/components/booking/MessageThread'
import type { StatusAction } from '@/components/booking/StatusActions'
import { StatusActions } from '@/components/booking/StatusActions'
import { bookingEtag } from '@/domain/bookingEtag'
import { StatusBadge } from '@/components/booking/StatusBadge'
import { Timeline } from '@/components/booking/Timeline'
import { deliverableAccept, scriptAccept } from '@/components/booking/uploadKinds'
import type { TransitionActor } from '@/domain/bookingStatus'
import { allowedTransitions } from '@/domain/bookingStatus'
import { canReplaceScript } from '@/domain/scriptUpload'
import { formatDate, formatDateTime } from '@/domain/dateFormat'
import { bookingFileName } from '@/domain/fileNames'
import { formatEuro } from '@/domain/money'
import type { Quote } from '@/domain/pricing'
import { env } from '@/env'
import { intlTag, type Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { getBookingDetail } from '@/lib/bookingViews'
import { getReviewView } from '@/lib/reviewView'
import { getReviewComments, pickupsOf } from '@/lib/reviewCommentsView'
import { PickupList } from '@/components/review/PickupList'
import { WaveformReview } from '@/components/review/WaveformReview'
import { markBookingSeen } from '@/collections/BookingReads/markBookingSeen'
import { bookingVersion } from '@/collections/Bookings/bookingVersion'
import { versionEtag } from '@/domain/liveChanges'
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'
import { ScriptTimingPanel } from '@/components/booking/ScriptTimingPanel'
import { wordCountState } from '@/collections/Bookings/wordCountState'
import { getSpeakingRates } from '@/globals/Pricing/getSpeakingRates'
import type { ProjectType } from '@/domain/catalog'
import { getCurrentUser } from '@/lib/currentUser'
import { customerDisplayName, listThread } from '@/lib/messageViews'
import { labelFor, usageLabel } from '@/lib/labels'
import type { BillingValues } from '@/components/booking/BillingFields'
import type { Booking, Invoice, User } from '@/payload-types'

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

/** The details an admin's invoice correction starts from: the booking's snapshot, else the invoice's buyer. */
const correctionDefaults = (booking: Booking, invoice: Invoice): BillingValues => {
  const snapshot = booking.billingSnapshot
  return {
    customerType: snapshot?.customerType === 'consumer' ? 'consumer' : 'business',
    company: snapshot?.company ?? (snapshot?.customerType ? '' : (invoice.buyer?.name ?? '')),
    name: snapshot?.name ?? '',
    address: snapshot?.address ?? invoice.buyer?.address ?? '',
    country: snapshot?.country ?? invoice.buyer?.country ?? 'NL',
    vatId: snapshot?.vatId ?? invoice.buyer?.vatId ?? '',
  }
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
  const tBilling = await getTranslations('billingDetails.invoiceAmount')
  const tFlow = await getTranslations('bookingFlow.page')
  const when = (value: string) => formatDateTime(value, { locale })
  const detail = await getBookingDetail(user, id)
  if (!detail) return <OtherAccountNotice id={id} user={user} />
  const { booking, voiceover, scripts, deliverables, events, invoices, artistFeeCents } = detail
  const role = viewerRole(user, booking)
  // An invoice a credit note reversed is no longer payable: the list says so instead of a due date.
  const creditedInvoiceIds = new Set(
    invoices.filter((inv) => inv.kind === 'credit_note').map((inv) => String(idOf(inv.creditFor))),
  )
  if (!role) notFound()
  // The version this render shows, and the person has now seen it (the header's badge clears).
  const payload = await getPayload({ config })
  const version = await bookingVersion({ payload, user, id: booking.id })
  if (version) {
    await markBookingSeen({ payload, user, bookingId: booking.id, eventId: version.newestId })
  }

  const review = await getReviewView({ booking, deliverables, viewer: user })
  // The script's spoken length and, when longer than booked, the new quote (the viewer may see this
  // booking: getBookingDetail read it with their access).
  const localReq = await createLocalReq({ user }, payload)
  const [timing, speakingRates] = await Promise.all([
    wordCountState({ req: localReq, booking }),
    getSpeakingRates(localReq),
  ])
  const reviewComments = await getReviewComments({ user, bookingId: booking.id, deliverables })
  // While the customer has a new price to confirm, production can't start (the status rule says
  // so with a 409): the artist is not offered the button; the script panel says why.
  const actions = actionsFor(booking, role, t).filter(
    (action) => !(action.to === 'in_production' && timing.needsConfirmation),
  )
  const [thread, customerName] = await Promise.all([
    listThread(user, booking.id),
    customerDisplayName(
      typeof booking.customer === 'object' && booking.customer
        ? booking.customer.id
        : (booking.customer ?? null),
    ),
  ])
  // A licence renewal reuses the recording: no script, no delivery, no deadline (see renewLicence).
  const renewal = booking.kind === 'renewal'
  const tLicences = await getTranslations('licences')
  const quote = isQuote(booking.quoteBreakdown) ? booking.quoteBreakdown : null
  const latest = deliverables[0]
  const allFacts: [string, ReactNode][] = [
    [tFlow('reference'), booking.reference ?? ''],
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
  const facts = renewal
    ? allFacts.filter(([term]) => term !== t('deadline') && term !== t('words'))
    : allFacts
  // The artist sees their fee where others see the price (they can't read the customer's price).
  if (role === 'artist' && typeof artistFeeCents === 'number') {
    const tLists = await getTranslations('lists')
    facts.push([tLists('feeExclVat'), formatEuro(artistFeeCents, locale)])
  }
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
        {booking.reference && (
          <p className="muted" data-testid="booking-reference">
            {tFlow('reference')}: {booking.reference}
          </p>
        )}
        <StatusBadge status={booking.status} testId="booking-status" />
      </div>
      {booking.status === 'cancelled' && booking.cancellationReason && (
        <p className="notice">{t('cancelledBecause', { reason: booking.cancellationReason })}</p>
      )}
      {version && <LiveRefresh bookingId={booking.id} version={versionEtag(version)} />}
      <StatusActions bookingId={booking.id} etag={bookingEtag(booking)} actions={actions} />
      {booking.status === 'in_production' && latest?.decision === 'revision_requested' && (
        <RevisionNotice
          deliverable={latest}
          deadline={booking.deadline ?? null}
          events={events}
          locale={locale}
          showFee={role !== 'artist'}
        />
      )}

      <div className="booking-page__columns">
        <div>
          {renewal ? (
            <section aria-labelledby="renewal-title" className="panel" data-testid="renewal-panel">
              <h2 id="renewal-title">{tLicences('renewalBooking.title')}</h2>
              <p>{tLicences('renewalBooking.body')}</p>
              <p>
                <Link href={role === 'artist' ? '/dashboard' : '/account/licences'}>
                  {tLicences('renewalBooking.link')}
                </Link>
              </p>
            </section>
          ) : (
            <>
              <section aria-labelledby="script-title" className="panel">
                <h2 id="script-title">{t('scriptTitle')}</h2>
                {scripts.length === 0 ? (
                  <p className="muted">{t('noScript')}</p>
                ) : (
                  <ul className="file-list" data-testid="script-versions">
                    {scripts.map((script) => {
                      const version = script.version ?? 1
                      return (
                        <li
                          key={script.id}
                          data-testid={`script-version-${version}`}
                          data-current={script.supersededAt ? undefined : 'true'}
                        >
                          <strong>{tFlow('version', { version })}</strong>{' '}
                          <span
                            className={script.supersededAt ? 'muted' : 'status status--completed'}
                          >
                            {script.supersededAt
                              ? tFlow('superseded', { date: when(script.supersededAt) })
                              : tFlow('current')}
                          </span>{' '}
                          {script.url && (
                            <a
                              href={script.url}
                              download={bookingFileName({
                                kind: 'script',
                                projectTitle: booking.projectTitle,
                                filename: script.filename,
                              })}
                            >
                              {script.supersededAt
                                ? tFlow('downloadVersion', { version })
                                : t('downloadScript')}
                            </a>
                          )}{' '}
                          <span className="muted">
                            {t('uploadedAt', { date: when(script.createdAt) })}
                          </span>
                        </li>
                      )
                    })}
                  </ul>
                )}
                <ScriptTimingPanel
                  booking={booking}
                  state={timing}
                  role={role}
                  rate={speakingRates[booking.projectType as ProjectType]}
                  locale={locale}
                />
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
                {role === 'customer' && canReplaceScript(booking.status) && scripts.length > 0 && (
                  <section aria-labelledby="replace-script-title" className="replace-script">
                    <h3 id="replace-script-title">{tFlow('replaceTitle')}</h3>
                    <p className="form__hint">
                      {tFlow('replaceHint', { name: voiceover?.name ?? t('artist') })}
                    </p>
                    <FileUploadForm
                      url="/api/scripts"
                      bookingId={booking.id}
                      label={tFlow('replaceFile')}
                      hint={tUpload('scriptHint')}
                      accept={scriptAccept}
                      maxMb={env.MAX_SCRIPT_MB}
                      submitLabel={tFlow('replaceSubmit')}
                    />
                  </section>
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
                {deliverables.length > 0 && booking.status !== 'cancelled' && (
                  <ReviewFacts
                    review={review}
                    role={role}
                    status={booking.status}
                    version={latest?.version ?? 1}
                    locale={locale}
                  />
                )}
                {role !== 'customer' && deliverables.some((d) => d.qc?.status === 'pending') && (
                  <QcPendingRefresh />
                )}
                {reviewComments.versions.length > 0 && booking.status !== 'cancelled' && (
                  <WaveformReview
                    versions={reviewComments.versions}
                    comments={reviewComments.comments}
                    canComment={
                      (role === 'customer' || role === 'admin') && booking.status === 'review'
                    }
                    canResolve={role === 'artist' || role === 'admin'}
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
                            <a
                              href={d.url}
                              download={bookingFileName({
                                kind: 'version',
                                projectTitle: booking.projectTitle,
                                version: d.version,
                                filename: d.filename,
                              })}
                            >
                              {t('downloadVersion', { version: d.version ?? 1 })}
                            </a>
                          </p>
                        </>
                      )}
                      {d.notes && <p className="prewrap">{t('artistNotes', { notes: d.notes })}</p>}
                      {(role === 'customer' || role === 'artist' || role === 'admin') && (
                        <DeliveryQcReport
                          qc={d.qc}
                          version={d.version ?? 1}
                          viewer={role}
                          deliverableId={d.id}
                          canRelease={
                            d.id === latest?.id &&
                            !d.qc?.publishedAt &&
                            (booking.status === 'in_production' || booking.status === 'review')
                          }
                        />
                      )}
                      {d.decision === 'approved' && (
                        <p className="notice notice--ok">
                          {t(d.autoApproved ? 'approvedAutomatically' : 'approved', {
                            date: d.decidedAt ? when(d.decidedAt) : '',
                          })}
                        </p>
                      )}
                      {d.decision === 'revision_requested' && (
                        <p className="notice" data-testid={`version-${d.version}-revision`}>
                          {t(
                            d.billableRevision ? 'revisionRequestedBillable' : 'revisionRequested',
                          )}{' '}
                          <span className="prewrap">{d.decisionNotes}</span>
                        </p>
                      )}
                      {d.decision === 'revision_requested' && (
                        <PickupList
                          pickups={pickupsOf(d)}
                          testId={`version-${d.version}-pickups`}
                        />
                      )}
                      {role === 'customer' &&
                        booking.status === 'review' &&
                        d.id === latest?.id &&
                        !d.decision && (
                          <DecisionForm
                            deliverableId={d.id}
                            version={d.version ?? 1}
                            approval={{
                              invoiceAmount: review.invoiceEstimate
                                ? formatEuro(review.invoiceEstimate.totalCents, locale)
                                : null,
                              inclVat: review.invoiceEstimate?.inclVat ?? false,
                              usage: usageLabel(booking.usage, locale),
                            }}
                            revision={{
                              billable: review.nextRevision.billable,
                              fee: formatEuro(review.revisionFeeCents, locale),
                              roundsLeftAfter: Math.max(0, review.roundsLeft - 1),
                              deadline: when(review.nextRevision.deadline),
                            }}
                          />
                        )}
                    </li>
                  ))}
                </ol>
              </section>
            </>
          )}

          <MessageThread
            bookingId={booking.id}
            bookingStatus={booking.status}
            viewer={{
              id: user.id,
              role: role === 'customer' || role === 'artist' ? role : 'staff',
            }}
            names={{ customer: customerName ?? undefined, artist: voiceover?.name }}
            messages={thread.messages}
            total={thread.total}
            locale={locale}
          />
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
            {role !== 'artist' && <BillingSnapshotView snapshot={booking.billingSnapshot} />}
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
                        {inv.vatTreatment === 'reverse_charge' || inv.vatTreatment === 'export'
                          ? tBilling(
                              inv.vatTreatment === 'reverse_charge'
                                ? 'reverseCharged'
                                : 'noDutchVat',
                              { amount: formatEuro(inv.total, locale) },
                            )
                          : t('inclVat', { amount: formatEuro(inv.total, locale) })}
                        {inv.kind === 'invoice' &&
                          (creditedInvoiceIds.has(String(inv.id)) ? (
                            <> · {tBilling('credited')}</>
                          ) : (
                            <> · {t('dueOn', { date: formatDate(inv.dueDate, { locale }) })}</>
                          ))}
                      </span>
                      {inv.url && (
                        <a
                          href={inv.url}
                          download={bookingFileName({
                            kind: 'invoice',
                            number: inv.number,
                            projectTitle: booking.projectTitle,
                          })}
                          className="invoice-list__download"
                        >
                          {inv.kind === 'credit_note'
                            ? t('downloadCreditNote')
                            : t('downloadInvoice')}
                        </a>
                      )}
                      {role === 'admin' &&
                        inv.kind === 'invoice' &&
                        !invoices.some((other) => idOf(other.creditFor) === inv.id) && (
                          <CorrectInvoiceForm
                            invoiceId={inv.id}
                            number={inv.number}
                            initial={correctionDefaults(booking, inv)}
                          />
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

          <Timeline
            events={events}
            booking={booking}
            viewer={user}
            artistName={voiceover?.name ?? null}
            locale={locale}
          />
        </div>
      </div>
    </div>
  )
}
