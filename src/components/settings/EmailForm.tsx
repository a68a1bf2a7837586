'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import { formatDateTime } from '@/domain/dateFormat'

import { FormStatus } from './FormStatus'
import { settingsRequest } from './settingsRequest'

type Pending = { email: string; expiresAt: string } | null

/**
 * Ask to change the email address (`POST /api/users/email-change {newEmail, currentPassword}`):
 * nothing changes until the link sent to the new address is opened; the pending address and when
 * its link expires (Amsterdam time, with the zone) are shown meanwhile.
 */
export const EmailForm = ({ current, pending }: { current: string; pending: Pending }) => {
  const t = useTranslations('settings')
  const locale = useLocale()
  const [waiting, setWaiting] = useState<Pending>(pending)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    setBusy(true)
    setProblem(null)
    setDone(null)
    const result = await settingsRequest<{ pendingEmail: string; expiresAt: string }>({
      method: 'POST',
      url: '/api/users/email-change',
      body: {
        newEmail: String(data.get('newEmail') ?? ''),
        currentPassword: String(data.get('currentPassword') ?? ''),
      },
      locale,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.status === 0 ? t('networkProblem') : result.message)
      return
    }
    form.reset()
    setWaiting({ email: result.body.pendingEmail, expiresAt: result.body.expiresAt })
    setDone(t('emailSent', { email: result.body.pendingEmail }))
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('emailCurrent', { email: current })}</p>
      {waiting && (
        <p className="notice">
          {t('emailPending', {
            email: waiting.email,
            expires: formatDateTime(waiting.expiresAt, { locale: locale === 'nl' ? 'nl' : 'en' }),
          })}
        </p>
      )}
      <div className="form__field">
        <label htmlFor="settings-new-email">{t('emailNewLabel')}</label>
        <input id="settings-new-email" name="newEmail" type="email" autoComplete="email" required />
      </div>
      <div className="form__field">
        <label htmlFor="settings-email-password">{t('emailPasswordLabel')}</label>
        <input
          id="settings-email-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <FormStatus problem={problem} done={done} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('saving') : t('emailSubmit')}
        </button>
      </div>
    </form>
  )
}
