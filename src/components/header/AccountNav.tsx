'use client'

import NextLink from 'next/link'
import { useTranslations } from 'next-intl'
import { Suspense } from 'react'

import { checkRole } from '@/access/checkRole'
import { ActivityBadge } from '@/components/live/ActivityBadge'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { LoginLinks } from '@/components/LoginLinks'
import { LogoutButton } from '@/components/LogoutButton'
import { Link } from '@/i18n/navigation'

import { useSession } from './useSession'

/**
 * The header's per-person part — the account menu and the language switch — rendered in the
 * browser from `useSession`, so the server HTML around it is the same for everyone and cacheable.
 * Until the browser knows who is there the menu stays empty (no logged-out links that would then
 * flip); without JavaScript the `<noscript>` login link shows.
 */
export const AccountNav = () => {
  const t = useTranslations('common')
  const { user, activity } = useSession()
  const isArtist = checkRole(['voiceover'], user)
  const badge = user ? <ActivityBadge initial={activity} /> : null
  return (
    <>
      <nav aria-label={t('accountNav')} className="account-nav" aria-busy={user === undefined}>
        {user === undefined ? (
          <noscript>
            <Link href="/login">{t('navLogin')}</Link>
          </noscript>
        ) : user ? (
          <>
            <span className="account-nav__name" title={user.email}>
              {user.name || user.email}
            </span>
            {/* The unread badge sits on the list each person works from. */}
            <Link href="/account/bookings">
              {t('navBookings')}
              {!isArtist && badge}
            </Link>
            {isArtist && (
              <Link href="/dashboard">
                {t('navDashboard')}
                {badge}
              </Link>
            )}
            {/* The admin panel has no language prefix (its language follows the account). */}
            {checkRole(['admin'], user) && <NextLink href="/admin">{t('navAdmin')}</NextLink>}
            <Link href="/account/settings">{t('navSettings')}</Link>
            <Link href="/account/privacy">{t('navPrivacy')}</Link>
            <LogoutButton />
          </>
        ) : (
          // The links carry the current page as `next` (useSearchParams needs Suspense).
          <Suspense>
            <LoginLinks />
          </Suspense>
        )}
      </nav>
      {/* useSearchParams needs a Suspense boundary outside client-only rendering. */}
      <Suspense>
        <LanguageSwitch userId={user === undefined ? undefined : (user?.id ?? null)} />
      </Suspense>
    </>
  )
}
