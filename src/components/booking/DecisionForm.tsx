'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'

import { useApiRequest } from './useApiRequest'

/**
 * The customer's decision on a delivered version: approve it, or ask for a revision with notes.
 * The booking's status follows on the server (completed, or back to production).
 */
export const DecisionForm = ({
  deliverableId,
  version,
}: {
  deliverableId: number
  version: number
}) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('bookings.decision')
  const id = useId()
  const [mode, setMode] = useState<'choose' | 'revision'>('choose')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const decide = async (
    body: { decision: 'approved' } | { decision: 'revision_requested'; decisionNotes: string },
  ) => {
    setBusy(true)
    setProblem(null)
    const result = await apiRequest({
      method: 'PATCH',
      url: `/api/deliverables/${deliverableId}`,
      body,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    router.refresh()
  }

  return (
    <div className="decision">
      {mode === 'choose' ? (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void decide({ decision: 'approved' })}
          >
            {t('approve', { version })}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={busy}
            onClick={() => setMode('revision')}
          >
            {t('requestRevision')}
          </button>
        </div>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault()
            const notes = String(new FormData(e.currentTarget).get('notes') ?? '').trim()
            if (!notes) {
              setProblem(t('whatToChange'))
              return
            }
            void decide({ decision: 'revision_requested', decisionNotes: notes })
          }}
        >
          <div className="form__field">
            <label htmlFor={`${id}-notes`}>{t('whatShouldChange')}</label>
            <textarea id={`${id}-notes`} name="notes" rows={4} maxLength={5000} required />
          </div>
          <div className="form__actions">
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setMode('choose')}
            >
              {t('back')}
            </button>
            <button type="submit" className="button" disabled={busy}>
              {t('send')}
            </button>
          </div>
        </form>
      )}
      <div role="alert" className="form-problems">
        {problem && <p>{problem}</p>}
      </div>
    </div>
  )
}
