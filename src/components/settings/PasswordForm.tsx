'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import { MIN_PASSWORD_LENGTH } from '@/domain/password'

import { FormStatus } from './FormStatus'
import { settingsRequest } from './settingsRequest'

/**
 * Change the password: the current one is required, the new one is judged by the server's policy
 * (src/domain/password.ts, via the `refuseWeakPassword` hook), and every other session of the
 * account ends (`endOtherSessions`) — this browser stays logged in.
 */
export const PasswordForm = ({ userId }: { userId: number }) => {
  const t = useTranslations('settings')
  const locale = useLocale()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const currentPassword = String(data.get('currentPassword') ?? '')
    const password = String(data.get('password') ?? '')
    setProblem(null)
    setDone(null)
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      setProblem(t('passwordTooShort', { min: MIN_PASSWORD_LENGTH }))
      return
    }
    if (password !== String(data.get('confirm') ?? '')) {
      setProblem(t('passwordMismatch'))
      return
    }
    setBusy(true)
    const result = await settingsRequest({
      method: 'PATCH',
      url: `/api/users/${userId}`,
      body: { password, currentPassword },
      locale,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.status === 0 ? t('networkProblem') : result.message)
      return
    }
    form.reset()
    setDone(t('passwordChanged'))
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form__field">
        <label htmlFor="settings-current-password">{t('passwordCurrentLabel')}</label>
        <input
          id="settings-current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <div className="form__field">
        <label htmlFor="settings-new-password">{t('passwordNewLabel')}</label>
        <input
          id="settings-new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          aria-describedby="settings-new-password-hint"
          required
        />
        <p id="settings-new-password-hint" className="form__hint">
          {t('passwordNewHint', { min: MIN_PASSWORD_LENGTH })}
        </p>
      </div>
      <div className="form__field">
        <label htmlFor="settings-confirm-password">{t('passwordConfirmLabel')}</label>
        <input
          id="settings-confirm-password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
        />
      </div>
      <FormStatus problem={problem} done={done} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('saving') : t('passwordSubmit')}
        </button>
      </div>
    </form>
  )
}
