'use client'

import { useSearchParams } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'

import type { BookingDraftDetails, FormStep } from '@/domain/bookingFormSteps'
import {
  draftStorageKey,
  formSteps,
  furthestReachableStep,
  isDraftStarted,
  parseStepParam,
  parseStoredDraft,
  stepToShow,
} from '@/domain/bookingFormSteps'
import { projectTypes } from '@/domain/catalog'
import { formatEuro } from '@/domain/money'
import type { Quote, Usage } from '@/domain/pricing'
import { usageLabels, usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import { Link } from '@/i18n/navigation'

import type { ApiResult } from './apiRequest'
import { apiRequest } from './apiRequest'
import { BillingReview } from './BillingReview'
import { BookingConfirmation } from './BookingConfirmation'
import { QuotePanel } from './QuotePanel'

export type BookableVoiceover = {
  id: number
  name: string
  slug: string
  rushAvailable: boolean
  turnaroundDays: number | null
  projectTypes: string[]
}

type Details = BookingDraftDetails

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

const freshDetails = (voiceover: BookableVoiceover): Details => ({
  projectTitle: '',
  projectType: voiceover.projectTypes[0] ?? '',
  wordCount: '',
  directionNotes: '',
  usage: { media: 'online', region: 'national', term: '12_months' },
  rushOrder: false,
  targetSeconds: '',
})

/** This page's URL for a step (and the booking, once made): `…/book/<slug>?step=2`. */
const stepUrl = (step: FormStep, bookingId?: number | null) =>
  `${window.location.pathname}?step=${step}${bookingId ? `&booking=${bookingId}` : ''}`

/** sessionStorage, or null on the server and where the browser refuses it (disabled storage). */
const draftStore = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null
  }
}

const noSubscription = () => () => {}

/**
 * The multi-step booking form: project, usage, review (the customer accepts the terms of service and
 * the binding "Book for €…" button creates the booking, once, thanks to an Idempotency-Key), then the
 * confirmation with the script upload. The quote beside it is recomputed by the server as the
 * customer types. Every word comes from the `booking` and `bookingFlow` catalogues (value names from
 * the domain's own labels), money per locale; requests carry the page's language so the server's
 * sentences come back in it.
 *
 * State that survives (issue 13): the step is in the URL (`?step=1…4`, pushed with the History API,
 * so Back/Forward move between steps and Next's `useSearchParams` follows); what the customer typed
 * is kept in this tab's sessionStorage per voice-over (`draftStorageKey`) with the attempt's
 * Idempotency-Key — a reload after a lost answer can't book twice — and removed once booked. The
 * terms checkbox isn't kept: agreeing is asked again after a reload. Which steps may be opened is
 * `domain/bookingFormSteps.ts`: any completed one, never past an incomplete one. Once booked the URL
 * carries the booking (`?step=4&booking=<id>`) and the confirmation shows, also after a reload.
 */
export const BookingForm = ({
  voiceover,
  maxScriptMb,
  endOfDay,
}: {
  voiceover: BookableVoiceover
  maxScriptMb: number
  /** End of the agency's working day (`HH:MM`, Amsterdam): deadlines fall on it. */
  endOfDay: string
}) => {
  const t = useTranslations('booking')
  const tFlow = useTranslations('bookingFlow.form')
  const tTiming = useTranslations('scriptTiming')
  const locale = useLocale()
  const searchParams = useSearchParams()
  const storageKey = draftStorageKey(voiceover.id)
  /** Where the tab remembers it booked this voice (apart from the draft, which is removed). */
  const bookedKey = `14voices:booked:${voiceover.id}`
  /**
   * False while hydrating (the server knows no draft, so it renders no step), true after. The draft
   * is read in the first client render; what it fills in is shown only once this is true.
   */
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [initialDraft] = useState(() =>
    parseStoredDraft(draftStore()?.getItem(storageKey) ?? null, freshDetails(voiceover)),
  )
  const [details, setDetails] = useState<Details>(
    () => initialDraft?.details ?? freshDetails(voiceover),
  )
  const [restored, setRestored] = useState(() =>
    initialDraft ? isDraftStarted(initialDraft.details, freshDetails(voiceover)) : false,
  )
  /**
   * The booking this form made in this tab. Back from the confirmation shows the form's steps again
   * with what was typed: without this, a second click on "Book" made a second binding booking.
   * Kept in session storage so a reload or a later visit in the tab knows it too.
   */
  const [booked, setBooked] = useState<number | null>(() => {
    const stored = Number(draftStore()?.getItem(bookedKey) ?? '')
    return Number.isInteger(stored) && stored > 0 ? stored : null
  })
  /** Set when the URL asked for a step past an incomplete one: which one to finish first. */
  const [finishFirst, setFinishFirst] = useState<FormStep | null>(null)
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
  const idempotencyKey = useRef<string>(initialDraft?.idempotencyKey ?? '')
  const headingRef = useRef<HTMLHeadingElement>(null)

  const bookingParam = searchParams.get('booking')
  const bookingId = bookingParam && /^\d{1,12}$/.test(bookingParam) ? Number(bookingParam) : null
  const facts = { projectTypes: voiceover.projectTypes, rushAvailable: voiceover.rushAvailable }
  const requested = parseStepParam(searchParams.get('step'))
  const shown = stepToShow({ requested, details, facts, booked: bookingId !== null })
  const step = shown.step
  const furthest = furthestReachableStep({ details, facts, booked: bookingId !== null })

  // Keep the draft while the form is being filled in (never once booked: it was removed then).
  useEffect(() => {
    if (!hydrated || bookingId !== null || booked !== null) return
    try {
      draftStore()?.setItem(
        storageKey,
        JSON.stringify({ version: 1, details, idempotencyKey: idempotencyKey.current || null }),
      )
    } catch {
      // A full or refused storage only costs the draft; the form itself keeps working.
    }
  }, [details, hydrated, bookingId, booked, storageKey])

  // A URL asking for a step that can't be opened yet shows the step to finish first, says so, and
  // is corrected in place (no extra history entry); a URL without a step gets its step the same
  // way, so Back to the first step lands on `?step=1`. State adjusted while rendering, as React
  // advises, rather than in the effect.
  if (hydrated && shown.clamped && finishFirst !== shown.step) setFinishFirst(shown.step)
  const urlNeedsStep = hydrated && (shown.clamped || requested === null)
  useEffect(() => {
    if (urlNeedsStep) window.history.replaceState(null, '', stepUrl(shown.step, bookingId))
  }, [urlNeedsStep, shown.step, bookingId])

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
    if (!details.projectType || bookingId !== null) return
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
  }, [inputKey, details.projectType, locale, bookingId])

  // Each step's heading takes the focus, so screen readers announce where the customer is now.
  useEffect(() => {
    if (hydrated && step !== 4) headingRef.current?.focus()
  }, [step, hydrated])

  const update = <K extends keyof Details>(key: K, value: Details[K]) =>
    setDetails((d) => ({ ...d, [key]: value }))
  const updateUsage = <K extends keyof Usage>(key: K, value: Usage[K]) =>
    setDetails((d) => ({ ...d, usage: { ...d.usage, [key]: value } }))

  /** A new history entry for the step: Back returns to where the customer was. */
  const goTo = (next: FormStep) => {
    setProblem(null)
    setFinishFirst(null)
    window.history.pushState(null, '', stepUrl(next))
  }

  const startOver = () => {
    draftStore()?.removeItem(storageKey)
    draftStore()?.removeItem(bookedKey)
    setBooked(null)
    idempotencyKey.current = ''
    setDetails(freshDetails(voiceover))
    setRestored(false)
    setTermsAccepted(false)
    goTo(1)
  }

  const createBooking = async () => {
    if (!termsAccepted) {
      setProblem(t('review.acceptTermsFirst'))
      termsRef.current?.focus()
      return
    }
    if (!idempotencyKey.current) {
      idempotencyKey.current = newIdempotencyKey()
      // Kept with the draft before the request leaves: a reload after a lost answer replays it.
      draftStore()?.setItem(
        storageKey,
        JSON.stringify({ version: 1, details, idempotencyKey: idempotencyKey.current }),
      )
    }
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
        targetSeconds: Number(details.targetSeconds) || undefined,
        // The server records which terms (version, language) and when; the client only says yes.
        termsAccepted: true,
      },
    })
    setSubmitting(false)
    if (!result.ok) {
      setProblem(problemOf(result))
      return
    }
    // Booked: the draft has done its work; the form stays closed in this tab until "start over".
    draftStore()?.removeItem(storageKey)
    draftStore()?.setItem(bookedKey, String(result.body.doc.id))
    setBooked(result.body.doc.id)
    idempotencyKey.current = ''
    setRestored(false)
    window.history.pushState(null, '', stepUrl(4, result.body.doc.id))
  }

  const closedByBooking = booked !== null && bookingId === null
  const price = quote ? formatEuro(quote.totalCents, locale) : null
  const stepName = (n: FormStep) => t(`steps.${formSteps[n - 1]}`)

  return (
    <div className="booking-layout">
      <div className="booking-main">
        <ol className="steps" aria-label={t('steps.label')}>
          {formSteps.map((s, i) => {
            const n = (i + 1) as FormStep
            const current = hydrated && n === step
            const done = hydrated && (n < step || (n === 4 && step === 4))
            // A step can be opened when it is reachable and not the one shown; none once booked.
            const canOpen = hydrated && !current && bookingId === null && n <= furthest
            const state = current
              ? tFlow('stepCurrent')
              : done
                ? tFlow('stepDone')
                : canOpen
                  ? null
                  : tFlow('stepLater')
            return (
              <li
                key={s}
                className={done && !current ? 'steps__done' : undefined}
                aria-current={current ? 'step' : undefined}
                data-testid={`step-${n}`}
              >
                {canOpen ? (
                  <a
                    href={`?step=${n}`}
                    className="steps__link"
                    onClick={(e) => {
                      e.preventDefault()
                      goTo(n)
                    }}
                  >
                    {stepName(n)}
                  </a>
                ) : (
                  stepName(n)
                )}
                {state && <span className="visually-hidden"> {state}</span>}
              </li>
            )
          })}
        </ol>

        {hydrated && (finishFirst !== null || restored) && step !== 4 && (
          <div className="notice" role="status" data-testid="form-notice">
            {finishFirst !== null && (
              <p>
                {tFlow('finishStepFirst', { number: finishFirst, name: stepName(finishFirst) })}
              </p>
            )}
            {restored && (
              <p>
                {tFlow('draftRestored')}{' '}
                <button type="button" className="button button--ghost" onClick={startOver}>
                  {tFlow('startOver')}
                </button>
              </p>
            )}
          </div>
        )}

        {hydrated && closedByBooking && (
          <div className="notice" role="status" data-testid="already-booked">
            <p>{tFlow('alreadyBooked.text')}</p>
            <p>
              <Link href={`/account/bookings/${booked}`} className="button">
                {tFlow('alreadyBooked.view')}
              </Link>{' '}
              <button type="button" className="button button--secondary" onClick={startOver}>
                {tFlow('alreadyBooked.again')}
              </button>
            </p>
          </div>
        )}

        {hydrated && !closedByBooking && step === 1 && (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault()
              goTo(2)
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
              <label htmlFor="targetSeconds">{tTiming('form.targetSeconds')}</label>
              <input
                id="targetSeconds"
                type="number"
                inputMode="numeric"
                min={1}
                max={36000}
                value={details.targetSeconds ?? ''}
                aria-describedby="targetSeconds-hint"
                onChange={(e) => update('targetSeconds', e.target.value)}
              />
              <p id="targetSeconds-hint" className="form__hint">
                {tTiming('form.targetSecondsHint')}
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

        {hydrated && !closedByBooking && step === 2 && (
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault()
              goTo(3)
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
              <button type="button" className="button button--ghost" onClick={() => goTo(1)}>
                {t('usage.back')}
              </button>
              <button type="submit" className="button">
                {t('usage.next')}
              </button>
            </div>
          </form>
        )}

        {hydrated && !closedByBooking && step === 3 && (
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
                  tTiming('form.reviewTarget'),
                  details.targetSeconds
                    ? tTiming('seconds', { seconds: Number(details.targetSeconds) })
                    : tTiming('form.reviewNoTarget'),
                ],
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
              <button type="button" className="button button--ghost" onClick={() => goTo(2)}>
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

        {hydrated && step === 4 && bookingId !== null && (
          <BookingConfirmation
            bookingId={bookingId}
            artistName={voiceover.name}
            turnaroundDays={voiceover.turnaroundDays}
            endOfDay={endOfDay}
            maxScriptMb={maxScriptMb}
            headingRef={headingRef}
          />
        )}
      </div>
      {hydrated && step !== 4 && (
        <QuotePanel quote={quote} problem={quoteProblem} busy={quotedKey !== inputKey} />
      )}
    </div>
  )
}
