'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'

import { useApiRequest } from './useApiRequest'

/**
 * The artist's (or an admin's) release of a delivery that did not pass the technical check: a note
 * to the customer, sent to `POST /api/deliverables/:id/release`. The page refreshes on success (the
 * booking moves to review); a refusal is shown in the page's language.
 */
export const ReleaseDeliveryForm = ({ deliverableId }: { deliverableId: number }) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('qc.release')
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  return (
    <form
      className="form"
      data-testid="release-form"
      onSubmit={async (e) => {
        e.preventDefault()
        const note = String(new FormData(e.currentTarget).get('note') ?? '').trim()
        setBusy(true)
        setProblem(null)
        const result = await apiRequest({
          method: 'POST',
          url: `/api/deliverables/${deliverableId}/release`,
          body: { note },
        })
        setBusy(false)
        if (!result.ok) {
          setProblem(result.message)
          return
        }
        router.refresh()
      }}
    >
      <label htmlFor={`${id}-note`}>{t('noteLabel')}</label>
      <textarea
        id={`${id}-note`}
        name="note"
        required
        maxLength={2000}
        rows={3}
        placeholder={t('notePlaceholder')}
      />
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--ghost" disabled={busy}>
          {busy ? t('sending') : t('button')}
        </button>
      </div>
    </form>
  )
}
