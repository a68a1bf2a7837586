'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import { projectTypes } from '@/domain/catalog'
import { formatEuro } from '@/domain/money'
import type { Quote, Usage } from '@/domain/pricing'
import { usageLabels, usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import { Link } from '@/i18n/navigation'

import type { ApiResult } from './apiRequest'
import { apiRequest } from './apiRequest'
import { BillingReview } from './BillingReview'
import { FileUploadForm } from './FileUploadForm'
import { QuotePanel } from './QuotePanel'
import { scriptAccept } from './uploadKinds'

export type BookableVoiceover = {
  id: number
  name: string
  slug: string
  rushAvailable: boolean
  turnaroundDays: number | null
  projectTypes: string[]
}

type Details = {
  projectTitle: string
  projectType: string
  wordCount: string
  directionNotes: string
  usage: Usage
  rushOrder: boolean
}

type Step = 'project' | 'usage' | 'review' | 'script' | 'done'
const steps = ['project', 'usage', 'review', 'script'] as const

const newIdempotencyKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`

const quoteInput = (voiceover: BookableVoiceover, d: Details) => ({
  voiceover: voiceover.id,
  projectType: d.projectType,
  usage: d.usage,
  wordCount: Number(d.wordCount) || 0,
  rushOrder: d.rushOrder,
})

/**
 * The multi-step booking form: project, usage, review (the customer accepts the terms of service and
 * the binding "Book for €…" button creates the booking, once, thanks to an Idempotency-Key), then the
 * script upload. The quote beside it is recomputed by the server as the customer types. Every word
 * comes from the `booking` catalogue (value names from the domain's own labels), money per locale;
 * requests carry the page's language so the server's sentences come back in it.
 */
export const BookingForm = ({
  voiceover,
  maxScriptMb,
}: {
  voiceover: BookableVoiceover
  maxScriptMb: number
}) => {
  const t = useTranslations('booking')
  const locale = useLocale()
  const [step, setStep] = useState<Step>('project')
  const [details, setDetails] = useState<Details>({
    projectTitle: '',
    projectType: voiceover.projectTypes[0] ?? '',
    wordCount: '',
    directionNotes: '',
    usage: { media: 'online', region: 'national', term: '12_months' },
    rushOrder: false,
  })
  const [quote, setQuote] = useState<Quote | null>(null)
  const [quoteProblem, setQuoteProblem] = useState<string | null>(null)
  /** The input the shown quote (or problem) belongs to; anything else means a new one is on its way. */
  const [quotedKey, setQuotedKey] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [termsAccepted, setTermsAccepted] = useState(false)
  // Billing before binding (issue 13): "Book" waits for complete, saved billing details.
  const [billingReady, setBillingReady] = useState(false)
  const termsRef = useRef<HTMLInputElement>(null)
  const [bookingId, setBookingId] = useState<number | null>(null)
  const idempotencyKey = useRef<string>('')
  const headingRef = useRef<HTMLHeadingElement>(null)

  const typeLabel = (value: string) => {
    const type = projectTypes.find((p) => p.value === value)
    return type ? (locale === 'nl' ? type.labelNl : type.label) : value
  }
  /** The server's sentence, or ours when the network failed (status 0). */
  const problemOf = (result: Extract<ApiResult<unknown>, { ok: false }>) =>
    result.status === 0 ? t('offline') : result.message

  const input = quoteInput(voiceover, details)
  const inputKey = JSON.stringify(input)
  useEffect(() => {
    if (!details.projectType) return
    let current = true
    const timer = setTimeout(async () => {
      const result = await apiRequest<{ quote: Quote }>({
        method: 'POST',
        url: '/api/bookings/quote',
        headers: { 'Accept-Language': locale },
        body: JSON.parse(inputKey),
      })
      if (!current) return
      setQuotedKey(inputKey)
      if (result.ok) {
        setQuote(result.body.quote)
        setQuoteProblem(null)
      } else {
        setQuote(null)
        setQuoteProblem(problemOf(result))
      }
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // problemOf only translates; the quote depends on the input and the page's language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputKey, details.projectType, locale])

  useEffect(() => {
    headingRef.current?.focus()
  }, [step])

  const update = <K extends keyof Details>(key: K, value: Details[K]) =>
    setDetails((d) => ({ ...d, [key]: value }))
  const updateUsage = <K extends keyof Usage>(key: K, value: Usage[K]) =>
    setDetails((d) => ({ ...d, usage: { ...d.usage, [key]: value } }))

  const goTo = (next: Step) => {
    setProblem(null)
    setStep(next)
  }

  const createBooking = async () => {
    if (bookingId !== null) return goTo('script')
    if (!termsAccepted) {
      setProblem(t('review.acceptTermsFirst'))
      termsRef.current?.focus()
      return
    }
    if (!idempotencyKey.current) idempotencyKey.current = newIdempotencyKey()
    setSubmitting(true)
    setProblem(null)
    const result = await apiRequest<{ doc: { id: number } }>({
      method: 'POST',
      url: '/api/bookings',
      headers: { 'Idempotency-Key': idempotencyKey.current, 'Accept-Language': locale },
      body: {
        ...input,
        projectTitle: details.projectTitle.trim(),
        directionNotes: details.directionNotes.trim() || undefined,
        // The server records which terms (version, language) and when; the client only says yes.
        termsAccepted: true,
      },
    })
    setSubmitting(false)
    if (!result.ok) {
      setProblem(problemOf(result))
      return
    }
    setBookingId(result.body.doc.id)
    goTo('script')
  }

  const price = quote ? formatEuro(quote.totalCents, locale) : null
  const stepIndex = steps.findIndex((s) => s === step)
  const bookingHref = bookingId === null ? '/account/bookings' : `/account/bookings/${bookingId}`

  return (
    <div className="booking-layout">
      <div className="booking-main">
        <ol className="steps" aria-label={t('steps.label')}>
          {steps.map((s, i) => (
            <li
              key={s}
              className={i < stepIndex || step === 'done' ? 'steps__done' : undefined}
              aria-current={s === step ? 'step' : undefined}
            >
              {t(`steps.${s}`)}
            </li>
          ))}
        </ol>

        {step === 'project' && (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault()
              goTo('usage')
            }}
          >
            <h2 ref={headingRef} tabIndex={-1}>
              {t('project.heading')}
            </h2>
            <div className="form__field">
              <label htmlFor="projectTitle">{t('project.title')}</label>
              <input
                id="projectTitle"
                required
                maxLength={200}
                value={details.projectTitle}
                onChange={(e) => update('projectTitle', e.target.value)}
              />
            </div>
            <div className="form__field">
              <label htmlFor="projectType">{t('project.type')}</label>
              <select
                id="projectType"
                required
                value={details.projectType}
                onChange={(e) => update('projectType', e.target.value)}
              >
                {voiceover.projectTypes.map((type) => (
                  <option key={type} value={type}>
                    {typeLabel(type)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor="wordCount">{t('project.wordCount')}</label>
              <input
                id="wordCount"
                type="number"
                inputMode="numeric"
                min={0}
                max={1000000}
                value={details.wordCount}
                aria-describedby="wordCount-hint"
                onChange={(e) => update('wordCount', e.target.value)}
              />
              <p id="wordCount-hint" className="form__hint">
                {t('project.wordCountHint')}
              </p>
            </div>
            <div className="form__field">
              <label htmlFor="directionNotes">{t('project.directionNotes')}</label>
              <textarea
                id="directionNotes"
                rows={4}
                maxLength={5000}
                value={details.directionNotes}
                onChange={(e) => update('directionNotes', e.target.value)}
              />
            </div>
            <div className="form__actions">
              <button type="submit" className="button">
                {t('project.next')}
              </button>
            </div>
          </form>
        )}

        {step === 'usage' && (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault()
              goTo('review')
            }}
          >
            <h2 ref={headingRef} tabIndex={-1}>
              {t('usage.heading')}
            </h2>
            <div className="form__field">
              <label htmlFor="usageMedia">{t('usage.media')}</label>
              <select
                id="usageMedia"
                value={details.usage.media}
                onChange={(e) => updateUsage('media', e.target.value as Usage['media'])}
              >
                {usageMedia.map((m) => (
                  <option key={m} value={m}>
                    {usageLabels[m][locale]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor="usageRegion">{t('usage.region')}</label>
              <select
                id="usageRegion"
                value={details.usage.region}
                onChange={(e) => updateUsage('region', e.target.value as Usage['region'])}
              >
                {usageRegions.map((r) => (
                  <option key={r} value={r}>
                    {usageLabels[r][locale]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor="usageTerm">{t('usage.term')}</label>
              <select
                id="usageTerm"
                value={details.usage.term}
                onChange={(e) => updateUsage('term', e.target.value as Usage['term'])}
              >
                {usageTerms.map((term) => (
                  <option key={term} value={term}>
                    {usageLabels[term][locale]}
                  </option>
                ))}
              </select>
            </div>
            {voiceover.rushAvailable && (
              <div className="form__field form__field--check">
                <input
                  id="rushOrder"
                  type="checkbox"
                  checked={details.rushOrder}
                  onChange={(e) => update('rushOrder', e.target.checked)}
                />
                <label htmlFor="rushOrder">{t('usage.rush')}</label>
              </div>
            )}
            <p className="form__hint">
              {details.rushOrder
                ? t('usage.rushHint')
                : voiceover.turnaroundDays
                  ? t('usage.turnaroundHint', { days: voiceover.turnaroundDays })
                  : t('usage.deadlineHint')}
            </p>
            <div className="form__actions">
              <button
                type="button"
                className="button button--ghost"
                onClick={() => goTo('project')}
              >
                {t('usage.back')}
              </button>
              <button type="submit" className="button">
                {t('usage.next')}
              </button>
            </div>
          </form>
        )}

        {step === 'review' && (
          <form
            className="form"
            aria-labelledby="review-title"
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              void createBooking()
            }}
          >
            <h2 id="review-title" ref={headingRef} tabIndex={-1}>
              {t('review.heading')}
            </h2>
            <dl className="facts">
              {[
                [t('review.artist'), voiceover.name],
                [t('review.project'), details.projectTitle],
                [t('review.type'), typeLabel(details.projectType)],
                [t('review.words'), details.wordCount || t('review.wordsNotGiven')],
                [
                  t('review.usage'),
                  [details.usage.media, details.usage.region, details.usage.term]
                    .map((v) => usageLabels[v][locale])
                    .join(', '),
                ],
                [t('review.rush'), details.rushOrder ? t('review.yes') : t('review.no')],
                [t('review.price'), price ?? '—'],
              ].map(([term, detail]) => (
                <div key={term} className="facts__row">
                  <dt>{term}</dt>
                  <dd>{detail}</dd>
                </div>
              ))}
            </dl>
            <BillingReview onReadyChange={setBillingReady} />
            <div className="form__field form__field--check">
              <input
                id="termsAccepted"
                ref={termsRef}
                type="checkbox"
                required
                aria-required="true"
                checked={termsAccepted}
                onChange={(e) => {
                  setTermsAccepted(e.target.checked)
                  if (e.target.checked) setProblem(null)
                }}
              />
              <label htmlFor="termsAccepted">
                {t.rich('review.acceptTerms', {
                  terms: (chunks) => (
                    <Link href="/terms" target="_blank" rel="noopener">
                      {chunks}
                      <span className="visually-hidden"> {t('review.newTab')}</span>
                    </Link>
                  ),
                })}
              </label>
            </div>
            <div role="alert" className="form-problems">
              {problem && <p>{problem}</p>}
            </div>
            <div className="form__actions">
              <button type="button" className="button button--ghost" onClick={() => goTo('usage')}>
                {t('usage.back')}
              </button>
              <button
                type="submit"
                className="button"
                disabled={submitting || !quote || !details.projectTitle.trim() || !billingReady}
              >
                {submitting
                  ? t('review.booking')
                  : price
                    ? t('review.book', { price })
                    : t('review.bookWithoutPrice')}
              </button>
            </div>
            <p className="form__hint">{t('review.hint', { name: voiceover.name })}</p>
          </form>
        )}

        {step === 'script' && bookingId !== null && (
          <section aria-labelledby="script-title">
            <h2 id="script-title" ref={headingRef} tabIndex={-1}>
              {t('script.heading')}
            </h2>
            <p>
              {t.rich('script.saved', {
                link: (chunks) => <Link href={bookingHref}>{chunks}</Link>,
              })}
            </p>
            <FileUploadForm
              url="/api/scripts"
              bookingId={bookingId}
              label={t('script.file')}
              hint={t('script.hint')}
              accept={scriptAccept}
              maxMb={maxScriptMb}
              submitLabel={t('script.upload')}
              onUploaded={() => goTo('done')}
            />
          </section>
        )}

        {step === 'done' && (
          <section aria-labelledby="done-title" className="booking-done">
            <h2 id="done-title" ref={headingRef} tabIndex={-1}>
              {t('done.heading')}
            </h2>
            <p>{t('done.text', { name: voiceover.name })}</p>
            <Link href={bookingHref} className="button">
              {t('done.view')}
            </Link>
          </section>
        )}
      </div>
      {step !== 'done' && step !== 'script' && (
        <QuotePanel quote={quote} problem={quoteProblem} busy={quotedKey !== inputKey} />
      )}
    </div>
  )
}
