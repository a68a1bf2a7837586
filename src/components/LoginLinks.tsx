'use client'

import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'

import { Link, usePathname } from '@/i18n/navigation'

const AUTH_PAGES = ['/login', '/register', '/forgot-password', '/reset-password']

/**
 * The header's "Log in" and "Register" links for a visitor, carrying the page they are on as
 * `?next=` so they come back to it after logging in (`landingHref`). On the login pages themselves
 * the links pass on the `next` those pages already have.
 */
export const LoginLinks = () => {
  const t = useTranslations('common')
  const pathname = usePathname()
  const search = useSearchParams()
  const here = search.size > 0 ? `${pathname}?${search.toString()}` : pathname
  const next = AUTH_PAGES.includes(pathname) ? search.get('next') : here
  const withNext = (path: string) => (next ? `${path}?next=${encodeURIComponent(next)}` : path)
  return (
    <>
      <Link href={withNext('/login')}>{t('navLogin')}</Link>
      <Link href={withNext('/register')} className="button button--small">
        {t('navRegister')}
      </Link>
    </>
  )
}
