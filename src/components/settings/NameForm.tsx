'use client'

import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import { announceSessionChange } from '@/components/header/useSession'

import { FormStatus } from './FormStatus'
import { settingsRequest } from './settingsRequest'

/** The person's name (`PATCH /api/users/:id {name}`); the header shows it after saving. */
export const NameForm = ({ userId, initial }: { userId: number; initial: string }) => {
  const t = useTranslations('settings')
  const locale = useLocale()
  const router = useRouter()
  const [name, setName] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    setDone(null)
    const result = await settingsRequest({
      method: 'PATCH',
      url: `/api/users/${userId}`,
      body: { name: name.trim() },
      locale,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.status === 0 ? t('networkProblem') : result.message)
      return
    }
    setDone(t('saved'))
    router.refresh()
    announceSessionChange()
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form__field">
        <label htmlFor="settings-name">{t('nameLabel')}</label>
        <input
          id="settings-name"
          name="name"
          autoComplete="name"
          maxLength={120}
          value={name}
          aria-describedby="settings-name-hint"
          onChange={(e) => setName(e.target.value)}
        />
        <p id="settings-name-hint" className="form__hint">
          {t('nameHint')}
        </p>
      </div>
      <FormStatus problem={problem} done={done} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  )
}
