'use client'

import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import { errorMessage } from '@/components/booking/apiRequest'
import { AVATAR_INPUT_TYPES, AVATAR_MAX_MB, AVATAR_SIZE } from '@/domain/avatar'

import { FormStatus } from './FormStatus'
import { settingsRequest } from './settingsRequest'

type Current = { id: number; url: string } | null

/**
 * The profile photo: shown from the private, access-checked file route; uploaded as multipart to
 * `POST /api/avatars` (the server checks the content and re-encodes it, and the new photo replaces
 * the old one); removed with `DELETE /api/avatars/:id`. The size is checked here too, to spare an
 * upload the server would refuse (413).
 */
export const AvatarForm = ({ current }: { current: Current }) => {
  const t = useTranslations('settings')
  const locale = useLocale()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0]
    setProblem(null)
    setDone(null)
    if (!file) {
      setProblem(t('avatarChooseFirst'))
      return
    }
    if (file.size > AVATAR_MAX_MB * 1024 * 1024) {
      setProblem(t('avatarTooLarge', { maxMb: AVATAR_MAX_MB }))
      return
    }
    const body = new FormData()
    body.append('file', file)
    setBusy(true)
    try {
      const res = await fetch('/api/avatars', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': locale },
        body,
      })
      if (!res.ok) {
        setProblem(errorMessage(res.status, await res.json().catch(() => null)))
        return
      }
      form.reset()
      setDone(t('avatarUploaded'))
      router.refresh()
    } catch {
      setProblem(t('networkProblem'))
    } finally {
      setBusy(false)
    }
  }

  const remove = async () => {
    if (!current) return
    setBusy(true)
    setProblem(null)
    setDone(null)
    const result = await settingsRequest({
      method: 'DELETE',
      url: `/api/avatars/${current.id}`,
      locale,
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.status === 0 ? t('networkProblem') : result.message)
      return
    }
    setDone(t('avatarRemoved'))
    router.refresh()
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">{t('avatarIntro', { maxMb: AVATAR_MAX_MB, size: AVATAR_SIZE })}</p>
      {current ? (
        // A private, access-checked file: next/image's optimiser would fetch it without the cookie.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className="settings-avatar"
          src={current.url}
          alt={t('avatarAlt')}
          width={128}
          height={128}
        />
      ) : (
        <p>{t('avatarNone')}</p>
      )}
      <div className="form__field">
        <label htmlFor="settings-avatar">{t('avatarLabel')}</label>
        <input id="settings-avatar" name="file" type="file" accept={AVATAR_INPUT_TYPES.join(',')} />
      </div>
      <FormStatus problem={problem} done={done} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('avatarUploading') : t('avatarUpload')}
        </button>
        {current && (
          <button type="button" className="button button--ghost" disabled={busy} onClick={remove}>
            {t('avatarRemove')}
          </button>
        )}
      </div>
    </form>
  )
}
