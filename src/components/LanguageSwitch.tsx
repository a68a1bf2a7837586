'use client'

import { useSearchParams } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'

import { askWhoIsLoggedIn } from '@/components/header/useSession'
import { Link, usePathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { rememberLocale } from '@/i18n/rememberLocale'

type Props = {
  /** The logged-in person's id, `null` for a visitor, `undefined` while the header still asks. */
  userId?: number | null
}

/**
 * Links to the same page in the other languages (works without JavaScript: the link alone moves to
 * `/en/…`). The click remembers the choice in the `NEXT_LOCALE` cookie, as next-intl's proxy does
 * for the pages it serves: the cached catalog and profiles are served without the proxy (see
 * src/proxy.ts), so a switch made there would otherwise be forgotten at the next `/`. Without
 * JavaScript the next page the proxy serves remembers it. For a logged-in person the click also
 * stores the language on their account, so emails and invoices follow it
 * (`PATCH /api/users/:id {locale}`, sent with `keepalive` so the navigation doesn't cut it). A click
 * before the header knows who is there asks the server first (`askWhoIsLoggedIn`): the switch shows
 * at once, and a quick click used to leave the account in the old language.
 */
export const LanguageSwitch = ({ userId }: Props) => {
  const current = useLocale()
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const t = useTranslations('common')
  const storeOnAccount = async (locale: Locale) => {
    const id = userId === undefined ? await askWhoIsLoggedIn() : userId
    if (id === null) return
    await fetch(`/api/users/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale }),
    })
  }
  const remember = (locale: Locale) => {
    rememberLocale(locale)
    // The page is in the chosen language either way; the account's copy is best effort.
    storeOnAccount(locale).catch(() => undefined)
  }
  return (
    <nav aria-label={t('languageNav')} className="language-switch">
      {locales
        .filter((locale) => locale !== current)
        .map((locale) => (
          <Link
            key={locale}
            href={search ? `${pathname}?${search}` : pathname}
            locale={locale}
            hrefLang={locale}
            lang={locale}
            onClick={() => remember(locale)}
          >
            {t(`languageName.${locale}`)}
          </Link>
        ))}
    </nav>
  )
}
