'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import { locales, type Locale } from '@/i18n/locales'
import { usePathname, useRouter } from '@/i18n/navigation'

import { FormStatus } from './FormStatus'
import { settingsRequest } from './settingsRequest'

/**
 * The account's language (`PATCH /api/users/:id {locale}`): emails and invoices follow it, and
 * saving switches this site to it too (the same page under the new language's prefix; next-intl
 * then remembers it in the NEXT_LOCALE cookie).
 */
export const LanguageForm = ({ userId, initial }: { userId: number; initial: Locale }) => {
  const t = useTranslations('settings')
  const names = useTranslations('common')
  const locale = useLocale()
  const router = useRouter()
  const pathname = usePathname()
  const [choice, setChoice] = useState<Locale>(initial)
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
      body: { locale: choice },
      locale,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.status === 0 ? t('networkProblem') : result.message)
      return
    }
    if (choice !== locale) {
      router.replace(pathname, { locale: choice })
      return
    }
    setDone(t('saved'))
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">{t('languageIntro')}</p>
      <div className="form__field">
        <label htmlFor="settings-locale">{t('languageLabel')}</label>
        <select
          id="settings-locale"
          name="locale"
          value={choice}
          onChange={(e) => setChoice(e.target.value === 'en' ? 'en' : 'nl')}
        >
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {names(`languageName.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <FormStatus problem={problem} done={done} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('saving') : t('languageSubmit')}
        </button>
      </div>
    </form>
  )
}
