'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useId, useRef, useState } from 'react'

import { useApiRequest } from '@/components/booking/useApiRequest'

type Props = {
  licenceId: number
  /** The renewal price excl. VAT, formatted for the page's language. */
  price: string
  /** The project the licence belongs to, named in the confirmation. */
  project: string
  /** The usage it renews ("Online, national, 12 months"), named in the confirmation. */
  usage: string
  /** When the new licence starts, formatted: the current end, or today when it has lapsed. */
  startsOn: string
}

/**
 * The customer's renewal (`POST /api/licences/:id/renew`). Renewing is a purchase — the renewal is
 * invoiced at once — so, like approving a recording, it first opens a confirmation (a modal
 * `<dialog>`: focus moves into it, Escape or "Go back" closes it) that names the project, the usage,
 * when the new period starts and the price. On success the page reloads its licences.
 */
export const RenewLicenceButton = ({ licenceId, price, project, usage, startsOn }: Props) => {
  const router = useRouter()
  const apiRequest = useApiRequest()
  const t = useTranslations('licences')
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const renew = async () => {
    setBusy(true)
    setProblem(null)
    const result = await apiRequest({ method: 'POST', url: `/api/licences/${licenceId}/renew` })
    setBusy(false)
    dialogRef.current?.close()
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
        ref={openRef}
        type="button"
        className="button"
        onClick={() => dialogRef.current?.showModal()}
        disabled={busy}
        aria-haspopup="dialog"
        data-testid={`renew-licence-${licenceId}`}
      >
        {busy ? t('renewing') : t('renew')}
      </button>
      <dialog
        ref={dialogRef}
        className="confirm-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
        // Escape closes the dialog natively; focus goes back to the button that opened it.
        onClose={() => openRef.current?.focus()}
      >
        <h2 id={`${id}-title`}>{t('confirm.title')}</h2>
        <p id={`${id}-what`}>{t('confirm.body', { project, usage, startsOn, price })}</p>
        <div className="form__actions">
          <button
            type="button"
            className="button button--ghost"
            onClick={() => dialogRef.current?.close()}
          >
            {t('confirm.back')}
          </button>
          <button
            type="button"
            className="button"
            onClick={renew}
            disabled={busy}
            data-testid={`confirm-renew-licence-${licenceId}`}
          >
            {t('confirm.action', { price })}
          </button>
        </div>
      </dialog>
      {problem && (
        <p role="alert" className="form-problems">
          {problem}
        </p>
      )}
    </div>
  )
}
