'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { useApiRequest } from './useApiRequest'

/**
 * The customer accepts the price for the script's spoken word count. Sends the total they were
 * shown, so a price that changed meanwhile is refused (409) instead of confirmed unseen.
 */
export const ConfirmWordCountButton = ({
  bookingId,
  expectedTotalCents,
  label,
}: {
  bookingId: number
  expectedTotalCents: number
  label: string
}) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('scriptTiming')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const confirm = async () => {
    setBusy(true)
    setProblem(null)
    const result = await apiRequest({
      method: 'POST',
      url: `/api/bookings/${bookingId}/confirm-word-count`,
      body: { expectedTotalCents },
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
      <button
        type="button"
        className="button button--primary"
        onClick={confirm}
        disabled={busy}
        data-testid="confirm-word-count"
      >
        {busy ? t('confirming') : label}
      </button>
      {problem && (
        <p role="alert" className="form-problems">
          {problem}
        </p>
      )}
    </div>
  )
}
