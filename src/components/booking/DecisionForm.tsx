'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useId, useRef, useState } from 'react'

import { useApiRequest } from './useApiRequest'

/** What approving does, worded by the server in the page's language (amounts and dates formatted). */
export type ApprovalSummary = {
  /** The invoice's amount, e.g. "€ 635,25", or null when the booking has no price yet. */
  invoiceAmount: string | null
  /** Whether `invoiceAmount` includes VAT. */
  inclVat: boolean
  /** The usage licence, e.g. "Online, Landelijk, 12 maanden". */
  usage: string
}

/** What a revision requested now costs and the deadline it sets, formatted by the server. */
export type RevisionSummary = {
  billable: boolean
  /** The fee per billable round, e.g. "€ 75,00" (excl. VAT). */
  fee: string
  /** Free rounds left after this one (0 when billable). */
  roundsLeftAfter: number
  /** The deadline a request sent now sets, e.g. "1 december 2026 om 18:00 (Amsterdam-tijd, CET)". */
  deadline: string
}

/**
 * The customer's decision on a delivered version: approve it, or ask for a revision with notes.
 * Approving first opens a confirmation (a modal `<dialog>`: focus moves into it, Escape or "Go back"
 * closes it and returns focus to the approve button) that says what approving does — complete the
 * booking, issue the invoice (amount), start the usage licence. The revision form says whether the
 * round is free or billable, its fee and the new deadline before it is sent. The booking's status
 * follows on the server (completed, or back to production).
 */
export const DecisionForm = ({
  deliverableId,
  version,
  approval,
  revision,
}: {
  deliverableId: number
  version: number
  approval: ApprovalSummary
  revision: RevisionSummary
}) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('bookings.decision')
  const r = useTranslations('review.decision')
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const approveRef = useRef<HTMLButtonElement>(null)
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
      dialogRef.current?.close()
      setProblem(result.message)
      return
    }
    dialogRef.current?.close()
    router.refresh()
  }

  return (
    <div className="decision">
      {mode === 'choose' ? (
        <div className="form__actions">
          <button
            ref={approveRef}
            type="button"
            className="button"
            disabled={busy}
            aria-haspopup="dialog"
            onClick={() => dialogRef.current?.showModal()}
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
          <div className="notice" id={`${id}-cost`} data-testid="revision-cost">
            <p>
              {revision.billable
                ? r('revisionBillable', { fee: revision.fee })
                : r('revisionFree', { left: revision.roundsLeftAfter, fee: revision.fee })}
            </p>
            <p>{r('revisionDeadline', { date: revision.deadline })}</p>
          </div>
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
            <button
              type="submit"
              className="button"
              disabled={busy}
              aria-describedby={`${id}-cost`}
            >
              {t('send')}
            </button>
          </div>
        </form>
      )}
      <dialog
        ref={dialogRef}
        className="confirm-dialog"
        aria-labelledby={`${id}-approve-title`}
        aria-describedby={`${id}-approve-what`}
        data-testid="approve-dialog"
        // Escape closes the dialog natively; focus goes back to the button that opened it.
        onClose={() => approveRef.current?.focus()}
      >
        <h2 id={`${id}-approve-title`}>{r('approveTitle', { version })}</h2>
        <div id={`${id}-approve-what`}>
          <p>{r('approveIntro')}</p>
          <ul>
            <li>{r('approveCompletes')}</li>
            {approval.invoiceAmount && (
              <li>
                {r(approval.inclVat ? 'approveInvoice' : 'approveInvoiceExcl', {
                  amount: approval.invoiceAmount,
                })}
              </li>
            )}
            {approval.usage && <li>{r('approveLicence', { usage: approval.usage })}</li>}
          </ul>
        </div>
        <div className="form__actions">
          <button
            type="button"
            className="button button--ghost"
            disabled={busy}
            onClick={() => dialogRef.current?.close()}
            // The safe choice gets focus first: Enter right after opening doesn't approve.
            autoFocus
          >
            {r('goBack')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void decide({ decision: 'approved' })}
          >
            {r('confirmApprove', { version })}
          </button>
        </div>
      </dialog>
      <div role="alert" className="form-problems">
        {problem && <p>{problem}</p>}
      </div>
    </div>
  )
}
