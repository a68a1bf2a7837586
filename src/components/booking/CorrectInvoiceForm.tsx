'use client'

import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import type { BillingField } from '@/domain/billingDetails'
import { missingBillingDetails } from '@/domain/billingDetails'

import type { BillingValues } from './BillingFields'
import { BillingFields } from './BillingFields'
import { useApiRequest } from './useApiRequest'

type Pair = { creditNote: { number: string }; invoice: { number: string } }

/**
 * Admins, on a booking's invoice panel: correct an issued invoice the Dutch way. Opens a small form
 * with the billing details (prefilled from the booking's snapshot); submitting asks the server for a
 * credit note and a new invoice in one step (`POST /api/invoices/:id/correct`, which also replaces the
 * snapshot and emails the customer), then reloads the page so both documents are listed. A second
 * click while the first is on its way is harmless: the server answers with the same pair.
 */
export const CorrectInvoiceForm = ({
  invoiceId,
  number,
  initial,
}: {
  invoiceId: number
  number: string
  initial: BillingValues
}) => {
  const t = useTranslations('billingDetails')
  const locale = useLocale()
  const router = useRouter()
  const apiRequest = useApiRequest()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(initial)
  const [invalid, setInvalid] = useState<BillingField[]>([])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const missing = missingBillingDetails(values)
    setInvalid(missing)
    if (missing.length > 0) {
      setProblem(
        t('review.missing', {
          missing: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
            missing.map((f) => t(`field.${f}`)),
          ),
        }),
      )
      return
    }
    setBusy(true)
    setProblem(null)
    const result = await apiRequest<Pair>({
      method: 'POST',
      url: `/api/invoices/${invoiceId}/correct`,
      body: values,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    setDone(
      t('correct.done', {
        creditNote: result.body.creditNote.number,
        invoice: result.body.invoice.number,
      }),
    )
    setOpen(false)
    router.refresh()
  }

  if (!open) {
    return (
      <div className="correct-invoice">
        <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
          {t('correct.open')}
        </button>
        <p role="status">{done ?? ''}</p>
      </div>
    )
  }
  return (
    <form
      className="form correct-invoice"
      onSubmit={submit}
      noValidate
      aria-labelledby={`correct-${invoiceId}`}
    >
      <h3 id={`correct-${invoiceId}`}>{t('correct.heading', { number })}</h3>
      <p className="form__hint">{t('correct.intro', { number })}</p>
      <BillingFields
        idPrefix={`correct-${invoiceId}`}
        values={values}
        onChange={setValues}
        invalid={invalid}
      />
      <div role="alert" className="form-problems">
        {problem && <p>{problem}</p>}
      </div>
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('correct.cancel')}
        </button>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('correct.submitting') : t('correct.submit')}
        </button>
      </div>
    </form>
  )
}
