'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useId } from 'react'

import { MESSAGE_MAX_LENGTH } from '@/domain/messages'

import type { PostMessageState } from './postMessageAction'
import { postMessage } from './postMessageAction'

const initial: PostMessageState = { status: 'idle', round: 0 }

/**
 * The form under a booking's thread. A plain form post to a server action, so it works without
 * JavaScript (the page comes back with the new message); with JavaScript the page updates in place.
 * A refusal shows the server's sentence and keeps what was typed; a sent message empties the field.
 */
export const MessageForm = ({ bookingId, locale }: { bookingId: number; locale: string }) => {
  const t = useTranslations('thread')
  const id = useId()
  const [state, formAction, pending] = useActionState(postMessage, initial)
  const kept = state.status === 'error' ? state.body : ''

  return (
    <form action={formAction} className="form" data-testid="message-form">
      <input type="hidden" name="booking" value={bookingId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="form__field">
        <label htmlFor={`${id}-body`}>{t('label')}</label>
        {/* Keyed by the answer's round: a sent message empties the field, a refusal refills it. */}
        <textarea
          key={state.round}
          id={`${id}-body`}
          name="body"
          rows={4}
          maxLength={MESSAGE_MAX_LENGTH}
          required
          defaultValue={kept}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="form__hint">
          {t('hint')}
        </p>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('sending') : t('send')}
        </button>
      </div>
      <div role="alert" className="form-problems">
        {state.status === 'error' && <p>{state.message}</p>}
      </div>
      <p role="status" className="muted">
        {state.status === 'sent' && t('sent')}
      </p>
    </form>
  )
}
