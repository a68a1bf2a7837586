'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'

import { useApiLanguage } from './useApiRequest'
import { uploadWithProgress } from './uploadWithProgress'

type Props = {
  /** Collection endpoint, e.g. `/api/scripts`. */
  url: string
  bookingId: number | string
  label: string
  hint: string
  accept: string
  maxMb: number
  submitLabel: string
  /** Optional free-text field sent as `notes`. */
  notesLabel?: string
  /** Defaults to re-rendering the page with the server's new data. */
  onUploaded?: () => void
}

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number }
  | { phase: 'failed'; message: string }

/**
 * A private file upload for one booking, with a progress bar. The size limit is checked here only
 * to save the user a long wait; the server enforces it (413) and checks the file's content.
 */
export const FileUploadForm = ({
  url,
  bookingId,
  label,
  hint,
  accept,
  maxMb,
  submitLabel,
  notesLabel,
  onUploaded,
}: Props) => {
  const id = useId()
  const router = useRouter()
  const t = useTranslations('bookings.upload')
  const language = useApiLanguage()
  const [state, setState] = useState<State>({ phase: 'idle' })
  const uploading = state.phase === 'uploading'

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const input = formElement.elements.namedItem('file') as HTMLInputElement
    const file = input.files?.[0]
    if (!file) {
      setState({ phase: 'failed', message: t('chooseFile') })
      return
    }
    if (file.size > maxMb * 1024 * 1024) {
      setState({ phase: 'failed', message: t('tooLarge', { mb: maxMb }) })
      return
    }
    const form = new FormData()
    form.set('booking', String(bookingId))
    const notes = formElement.elements.namedItem('notes') as HTMLTextAreaElement | null
    if (notes && notes.value.trim() !== '') form.set('notes', notes.value.trim())
    form.set('file', file)
    setState({ phase: 'uploading', fraction: 0 })
    const result = await uploadWithProgress({
      url,
      form,
      onProgress: (fraction) => setState({ phase: 'uploading', fraction }),
      ...language,
      interrupted: t('interrupted'),
    })
    if (result.ok) {
      setState({ phase: 'idle' })
      formElement.reset()
      if (onUploaded) onUploaded()
      else router.refresh()
    } else {
      setState({ phase: 'failed', message: result.message })
    }
  }

  const percent = state.phase === 'uploading' ? Math.round(state.fraction * 100) : 0
  return (
    <form className="form upload-form" onSubmit={onSubmit} aria-busy={uploading}>
      <div className="form__field">
        <label htmlFor={`${id}-file`}>{label}</label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept={accept}
          required
          disabled={uploading}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="form__hint">
          {hint} {t('maxSize', { mb: maxMb })}
        </p>
      </div>
      {notesLabel && (
        <div className="form__field">
          <label htmlFor={`${id}-notes`}>{notesLabel}</label>
          <textarea
            id={`${id}-notes`}
            name="notes"
            rows={3}
            maxLength={5000}
            disabled={uploading}
          />
        </div>
      )}
      {state.phase === 'uploading' && (
        <div className="upload-progress">
          <progress
            data-testid="upload-progress"
            max={100}
            value={percent}
            aria-label={t('progress')}
          />
          <span aria-live="polite">{percent}%</span>
        </div>
      )}
      <div role="alert" className="form-problems">
        {state.phase === 'failed' && <p>{state.message}</p>}
      </div>
      <button type="submit" className="button" disabled={uploading}>
        {uploading ? t('uploading') : submitLabel}
      </button>
    </form>
  )
}
