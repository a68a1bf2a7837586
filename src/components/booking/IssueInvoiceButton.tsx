'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { useApiRequest } from './useApiRequest'

/** Staff only: issue a completed booking's invoice now instead of waiting for the queue. */
export const IssueInvoiceButton = ({ bookingId }: { bookingId: number }) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('bookings.issueInvoice')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const issue = async () => {
    setBusy(true)
    setProblem(null)
    const result = await apiRequest({
      method: 'POST',
      url: '/api/invoices/issue',
      body: { booking: bookingId },
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    router.refresh()
  }
  return (
    <div>
      <button type="button" className="button button--ghost" onClick={issue} disabled={busy}>
        {busy ? t('issuing') : t('issue')}
      </button>
      {problem && (
        <p role="alert" className="form-problems">
          {problem}
        </p>
      )}
    </div>
  )
}
