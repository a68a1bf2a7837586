'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { announceSessionChange, supersedeSessionLoads } from './header/useSession'

/** Ends the Payload session (the server clears the auth cookie) and re-renders the page. */
export const LogoutButton = () => {
  const router = useRouter()
  const locale = useLocale()
  const t = useTranslations('auth.logout')
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  const logOut = async () => {
    setBusy(true)
    setFailed(false)
    supersedeSessionLoads()
    try {
      const res = await fetch('/api/users/logout', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': locale },
      })
      // 400 means there was no session left to end: the visitor is logged out either way.
      if (!res.ok && res.status !== 400) throw new Error(`logout answered ${res.status}`)
      router.refresh()
      announceSessionChange()
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="link-button" onClick={logOut} disabled={busy}>
        {busy ? t('busy') : t('button')}
      </button>
      {failed && (
        <span role="alert" className="account-nav__error">
          {t('failed')}
        </span>
      )}
    </>
  )
}
