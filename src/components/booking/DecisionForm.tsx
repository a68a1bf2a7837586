'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { apiRequest } from './apiRequest'

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
            Approve version {version}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={busy}
            onClick={() => setMode('revision')}
          >
            Request a revision
          </button>
        </div>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault()
            const notes = String(new FormData(e.currentTarget).get('notes') ?? '').trim()
            if (!notes) {
              setProblem('Tell the artist what to change.')
              return
            }
            void decide({ decision: 'revision_requested', decisionNotes: notes })
          }}
        >
          <div className="form__field">
            <label htmlFor={`${id}-notes`}>What should change?</label>
            <textarea id={`${id}-notes`} name="notes" rows={4} maxLength={5000} required />
          </div>
          <div className="form__actions">
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setMode('choose')}
            >
              Back
            </button>
            <button type="submit" className="button" disabled={busy}>
              Send revision request
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
