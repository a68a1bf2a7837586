'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import { Link } from '@/i18n/navigation'

import { FormStatus } from './FormStatus'
import { settingsRequest } from './settingsRequest'

/**
 * The page the confirmation email links to: one button that sends the token
 * (`POST /api/users/email-change/confirm`). A button rather than confirming on page load, so a mail
 * scanner that opens links can't spend the single-use token.
 */
export const ConfirmEmailForm = ({ token, loggedIn }: { token: string; loggedIn: boolean }) => {
  const t = useTranslations('settings')
  const locale = useLocale()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirmed, setConfirmed] = useState<string | null>(null)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    const result = await settingsRequest<{ email: string }>({
      method: 'POST',
      url: '/api/users/email-change/confirm',
      body: { token },
      locale,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.status === 0 ? t('networkProblem') : result.message)
      return
    }
    setConfirmed(result.body.email)
  }

  if (confirmed) {
    return (
      <>
        <FormStatus problem={null} done={t('confirmDone', { email: confirmed })} />
        <p>
          {loggedIn ? (
            <Link href="/account/settings">{t('confirmToSettings')}</Link>
          ) : (
            <Link href="/login">{t('confirmToLogin')}</Link>
          )}
        </p>
      </>
    )
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormStatus problem={problem} done={null} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('confirming') : t('confirmSubmit')}
        </button>
      </div>
    </form>
  )
}
