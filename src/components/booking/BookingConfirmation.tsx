'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import { formatDateTime } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import { Link } from '@/i18n/navigation'
import type { Booking } from '@/payload-types'

import { apiRequest } from './apiRequest'
import { FileUploadForm } from './FileUploadForm'
import { LocalTime } from './LocalTime'
import { scriptAccept } from './uploadKinds'
import { useApiLanguage } from './useApiRequest'

type Confirmed = Pick<
  Booking,
  'id' | 'reference' | 'status' | 'quotedPrice' | 'finalPrice' | 'deadline' | 'rushOrder'
>

/**
 * What the customer sees once the booking exists (`?step=4&booking=<id>`, so it survives a reload):
 * the booking number, the price excl. VAT, the deadline on the Amsterdam clock with its zone (or, while
 * the script is missing, how it will be set), what happens next, and the script upload while the
 * booking waits for one. The booking is read from `GET /api/bookings/:id` with the customer's own
 * access, again after the upload (which sets the deadline). Sentences: `bookingFlow.confirmation`.
 */
export const BookingConfirmation = ({
  bookingId,
  artistName,
  turnaroundDays,
  endOfDay,
  maxScriptMb,
  headingRef,
}: {
  bookingId: number
  artistName: string
  turnaroundDays: number | null
  /** End of the agency's working day, `HH:MM` Amsterdam time (deadlines fall on it). */
  endOfDay: string
  maxScriptMb: number
  headingRef: React.RefObject<HTMLHeadingElement | null>
}) => {
  const t = useTranslations('bookingFlow.confirmation')
  const tBooking = useTranslations('booking')
  const locale = useLocale()
  const language = useApiLanguage()
  const [booking, setBooking] = useState<Confirmed | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const focused = useRef(false)

  /** Bumped to read the booking again (after the script upload, which sets the deadline). */
  const [reads, setReads] = useState(0)

  useEffect(() => {
    let current = true
    void apiRequest<Confirmed>({
      ...language,
      method: 'GET',
      url: `/api/bookings/${bookingId}?depth=0`,
    }).then((result) => {
      if (!current) return
      if (result.ok) {
        setBooking(result.body)
        setProblem(null)
      } else {
        setProblem(result.message)
      }
    })
    return () => {
      current = false
    }
  }, [bookingId, language, reads])

  useEffect(() => {
    if (booking && !focused.current) {
      focused.current = true
      headingRef.current?.focus()
    }
  }, [booking, headingRef])

  if (!booking) {
    return (
      <section aria-busy={!problem} className="booking-done">
        <div role="alert" className="form-problems">
          {problem && <p>{problem}</p>}
        </div>
      </section>
    )
  }

  const waitingForScript = booking.status === 'pending_script'
  const price = booking.finalPrice ?? booking.quotedPrice
  const bookingHref = `/account/bookings/${booking.id}`
  const facts: [string, React.ReactNode, string][] = [
    [t('reference'), booking.reference ?? `#${booking.id}`, 'confirmation-reference'],
    [t('price'), typeof price === 'number' ? formatEuro(price, locale) : '—', 'confirmation-price'],
    [
      t('deadline'),
      booking.deadline ? (
        <>
          <time dateTime={booking.deadline}>{formatDateTime(booking.deadline, { locale })}</time>
          <LocalTime value={booking.deadline} />
        </>
      ) : (
        t('deadlineAfterScript', {
          rush: booking.rushOrder ? 'yes' : 'no',
          days: turnaroundDays ?? 3,
          endOfDay,
        })
      ),
      'confirmation-deadline',
    ],
  ]

  return (
    <section aria-labelledby="done-title" className="booking-done" data-testid="confirmation">
      <h2 id="done-title" ref={headingRef} tabIndex={-1}>
        {t('heading')}
      </h2>
      <dl className="facts">
        {facts.map(([term, detail, testId]) => (
          <div key={testId} className="facts__row">
            <dt>{term}</dt>
            <dd data-testid={testId}>{detail}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('nextTitle')}</h3>
      <ol className="next-steps">
        <li>{waitingForScript ? t('uploadScript') : t('scriptReceived')}</li>
        <li>{t(waitingForScript ? 'artistTold' : 'artistToldNow', { name: artistName })}</li>
        <li>{t('review')}</li>
      </ol>
      <p className="muted">{t('email')}</p>
      {waitingForScript && (
        <section aria-labelledby="script-title">
          <h3 id="script-title">{tBooking('script.heading')}</h3>
          <FileUploadForm
            url="/api/scripts"
            bookingId={booking.id}
            label={tBooking('script.file')}
            hint={tBooking('script.hint')}
            accept={scriptAccept}
            maxMb={maxScriptMb}
            submitLabel={tBooking('script.upload')}
            onUploaded={() => setReads((n) => n + 1)}
          />
        </section>
      )}
      <p>
        <Link href={bookingHref} className="button">
          {t('view')}
        </Link>
      </p>
    </section>
  )
}
