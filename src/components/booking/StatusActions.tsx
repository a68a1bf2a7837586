'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'

import { useApiRequest } from './useApiRequest'

export type StatusAction = {
  to: string
  label: string
  /** Cancelling asks for a reason; the server refuses one without. */
  needsReason?: boolean
  tone?: 'primary' | 'danger'
}

/** Buttons for the status changes this user may make now. The server re-checks every one (409/403). */
export const StatusActions = ({
  bookingId,
  etag,
  actions,
}: {
  bookingId: number
  /** The booking's ETag as the page read it: a change applies only to that state (else 412). */
  etag: string
  actions: StatusAction[]
}) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('bookings.status')
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<StatusAction | null>(null)

  const change = async (action: StatusAction, reason?: string) => {
    setBusy(true)
    setProblem(null)
    const result = await apiRequest({
      method: 'POST',
      url: `/api/bookings/${bookingId}/transition`,
      headers: { 'If-Match': etag },
      body: { to: action.to, ...(reason ? { reason } : {}) },
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    setConfirming(null)
    router.refresh()
  }

  if (actions.length === 0) return null
  return (
    <div className="status-actions">
      {confirming ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault()
            const reason = String(new FormData(e.currentTarget).get('reason') ?? '').trim()
            if (!reason) {
              setProblem(t('reasonMissing'))
              return
            }
            void change(confirming, reason)
          }}
        >
          <div className="form__field">
            <label htmlFor={`${id}-reason`}>{t('reason')}</label>
            <textarea id={`${id}-reason`} name="reason" rows={3} maxLength={2000} required />
          </div>
          <div className="form__actions">
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setConfirming(null)
                setProblem(null)
              }}
            >
              {t('keep')}
            </button>
            <button type="submit" className="button button--danger" disabled={busy}>
              {confirming.label}
            </button>
          </div>
        </form>
      ) : (
        <div className="form__actions">
          {actions.map((action) => (
            <button
              key={action.to}
              type="button"
              disabled={busy}
              className={action.tone === 'danger' ? 'button button--ghost' : 'button'}
              onClick={() => (action.needsReason ? setConfirming(action) : void change(action))}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
      <div role="alert" className="form-problems">
        {problem && <p>{problem}</p>}
      </div>
    </div>
  )
}
