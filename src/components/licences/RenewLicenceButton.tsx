'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { useApiRequest } from '@/components/booking/useApiRequest'

/**
 * The customer's one-click renewal (`POST /api/licences/:id/renew`): the price is shown beside it;
 * on success the page reloads its licences (the old one shows "renewed", the new one its end date).
 */
export const RenewLicenceButton = ({ licenceId, price }: { licenceId: number; price: string }) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('licences')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const renew = async () => {
    setBusy(true)
    setProblem(null)
    const result = await apiRequest({ method: 'POST', url: `/api/licences/${licenceId}/renew` })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    router.refresh()
  }
  return (
    <div>
      <p className="muted">{t('renewPrice', { price })}</p>
      <button
        type="button"
        className="button"
        onClick={renew}
        disabled={busy}
        data-testid={`renew-licence-${licenceId}`}
      >
        {busy ? t('renewing') : t('renew')}
      </button>
      {problem && (
        <p role="alert" className="form-problems">
          {problem}
        </p>
      )}
    </div>
  )
}
