'use client'

import { Link } from '@/i18n/navigation'
import { useEffect, useRef, useState } from 'react'

import type { Quote, Usage } from '@/domain/pricing'
import { usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import {
  projectTypeLabel,
  usageMediaLabels,
  usageRegionLabels,
  usageTermLabels,
} from '@/lib/bookingLabels'
import { formatEuroCents } from '@/lib/money'

import { apiRequest } from './apiRequest'
import { FileUploadForm } from './FileUploadForm'
import { QuotePanel } from './QuotePanel'
import { scriptAccept, scriptHint } from './uploadKinds'

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
const steps: { id: Step; label: string }[] = [
  { id: 'project', label: 'Project' },
  { id: 'usage', label: 'Usage & delivery' },
  { id: 'review', label: 'Review' },
  { id: 'script', label: 'Script' },
]

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
 * The multi-step booking form: project, usage, review (the booking is created here, once, thanks to
 * an Idempotency-Key), then the script upload. The quote beside it is recomputed by the server as the
 * customer types.
 */
export const BookingForm = ({
  voiceover,
  maxScriptMb,
}: {
  voiceover: BookableVoiceover
  maxScriptMb: number
}) => {
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
  const [bookingId, setBookingId] = useState<number | null>(null)
  const idempotencyKey = useRef<string>('')
  const headingRef = useRef<HTMLHeadingElement>(null)

  const input = quoteInput(voiceover, details)
  const inputKey = JSON.stringify(input)
  useEffect(() => {
    if (!details.projectType) return
    let current = true
    const timer = setTimeout(async () => {
      const result = await apiRequest<{ quote: Quote }>({
        method: 'POST',
        url: '/api/bookings/quote',
        body: JSON.parse(inputKey),
      })
      if (!current) return
      setQuotedKey(inputKey)
      if (result.ok) {
        setQuote(result.body.quote)
        setQuoteProblem(null)
      } else {
        setQuote(null)
        setQuoteProblem(result.message)
      }
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [inputKey, details.projectType])

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
    if (!idempotencyKey.current) idempotencyKey.current = newIdempotencyKey()
    setSubmitting(true)
    setProblem(null)
    const result = await apiRequest<{ doc: { id: number } }>({
      method: 'POST',
      url: '/api/bookings',
      headers: { 'Idempotency-Key': idempotencyKey.current },
      body: {
        ...input,
        projectTitle: details.projectTitle.trim(),
        directionNotes: details.directionNotes.trim() || undefined,
      },
    })
    setSubmitting(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    setBookingId(result.body.doc.id)
    goTo('script')
  }

  const stepIndex = steps.findIndex((s) => s.id === step)
  const bookingHref = bookingId === null ? '/account/bookings' : `/account/bookings/${bookingId}`

  return (
    <div className="booking-layout">
      <div className="booking-main">
        <ol className="steps" aria-label="Booking steps">
          {steps.map((s, i) => (
            <li
              key={s.id}
              className={i < stepIndex || step === 'done' ? 'steps__done' : undefined}
              aria-current={s.id === step ? 'step' : undefined}
            >
              {s.label}
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
              Your project
            </h2>
            <div className="form__field">
              <label htmlFor="projectTitle">Project title</label>
              <input
                id="projectTitle"
                required
                maxLength={200}
                value={details.projectTitle}
                onChange={(e) => update('projectTitle', e.target.value)}
              />
            </div>
            <div className="form__field">
              <label htmlFor="projectType">Project type</label>
              <select
                id="projectType"
                required
                value={details.projectType}
                onChange={(e) => update('projectType', e.target.value)}
              >
                {voiceover.projectTypes.map((t) => (
                  <option key={t} value={t}>
                    {projectTypeLabel(t)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor="wordCount">Estimated word count</label>
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
                A rough count is fine; longer scripts cost a little more.
              </p>
            </div>
            <div className="form__field">
              <label htmlFor="directionNotes">Direction notes (optional)</label>
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
                Next: usage
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
              Usage and delivery
            </h2>
            <div className="form__field">
              <label htmlFor="usageMedia">Where will it be used?</label>
              <select
                id="usageMedia"
                value={details.usage.media}
                onChange={(e) => updateUsage('media', e.target.value as Usage['media'])}
              >
                {usageMedia.map((m) => (
                  <option key={m} value={m}>
                    {usageMediaLabels[m]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor="usageRegion">Region</label>
              <select
                id="usageRegion"
                value={details.usage.region}
                onChange={(e) => updateUsage('region', e.target.value as Usage['region'])}
              >
                {usageRegions.map((r) => (
                  <option key={r} value={r}>
                    {usageRegionLabels[r]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor="usageTerm">Licence term</label>
              <select
                id="usageTerm"
                value={details.usage.term}
                onChange={(e) => updateUsage('term', e.target.value as Usage['term'])}
              >
                {usageTerms.map((t) => (
                  <option key={t} value={t}>
                    {usageTermLabels[t]}
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
                <label htmlFor="rushOrder">Rush order: delivered within 1 working day</label>
              </div>
            )}
            <p className="form__hint">
              {details.rushOrder
                ? 'Rush: the deadline is 1 working day after your script arrives.'
                : voiceover.turnaroundDays
                  ? `Delivery within ${voiceover.turnaroundDays} working days after your script arrives.`
                  : 'The deadline is set when your script arrives.'}
            </p>
            <div className="form__actions">
              <button
                type="button"
                className="button button--ghost"
                onClick={() => goTo('project')}
              >
                Back
              </button>
              <button type="submit" className="button">
                Next: review
              </button>
            </div>
          </form>
        )}

        {step === 'review' && (
          <section aria-labelledby="review-title">
            <h2 id="review-title" ref={headingRef} tabIndex={-1}>
              Review your booking
            </h2>
            <dl className="facts">
              {[
                ['Voice artist', voiceover.name],
                ['Project', details.projectTitle],
                ['Type', projectTypeLabel(details.projectType)],
                ['Words', details.wordCount || 'Not given'],
                [
                  'Usage',
                  `${usageMediaLabels[details.usage.media]}, ${usageRegionLabels[details.usage.region]}, ${usageTermLabels[details.usage.term]}`,
                ],
                ['Rush order', details.rushOrder ? 'Yes' : 'No'],
                ['Price excl. VAT', quote ? formatEuroCents(quote.totalCents) : '—'],
              ].map(([term, detail]) => (
                <div key={term} className="facts__row">
                  <dt>{term}</dt>
                  <dd>{detail}</dd>
                </div>
              ))}
            </dl>
            <div role="alert" className="form-problems">
              {problem && <p>{problem}</p>}
            </div>
            <div className="form__actions">
              <button type="button" className="button button--ghost" onClick={() => goTo('usage')}>
                Back
              </button>
              <button
                type="button"
                className="button"
                disabled={submitting || !quote || !details.projectTitle.trim()}
                onClick={createBooking}
              >
                {submitting ? 'Booking…' : 'Continue to script upload'}
              </button>
            </div>
            <p className="form__hint">
              Your booking is made at this price now; your script goes straight to private storage
              that only you, {voiceover.name} and the agency can open.
            </p>
          </section>
        )}

        {step === 'script' && bookingId !== null && (
          <section aria-labelledby="script-title">
            <h2 id="script-title" ref={headingRef} tabIndex={-1}>
              Upload your script
            </h2>
            <p>
              Your booking is saved. Upload the script now, or later from{' '}
              <Link href={bookingHref}>your booking</Link>.
            </p>
            <FileUploadForm
              url="/api/scripts"
              bookingId={bookingId}
              label="Script file"
              hint={scriptHint}
              accept={scriptAccept}
              maxMb={maxScriptMb}
              submitLabel="Upload script"
              onUploaded={() => goTo('done')}
            />
          </section>
        )}

        {step === 'done' && (
          <section aria-labelledby="done-title" className="booking-done">
            <h2 id="done-title" ref={headingRef} tabIndex={-1}>
              Booking confirmed
            </h2>
            <p>
              {voiceover.name} has your script and will start recording. We email you when the
              recording is ready to review.
            </p>
            <Link href={bookingHref} className="button">
              View your booking
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
