import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'

import { checkRole } from '@/access/checkRole'
import { Link } from '@/i18n/navigation'
import NextLink from 'next/link'
import { getCurrentUser } from '@/lib/currentUser'
import { unseenActivity } from '@/collections/BookingReads/unseenActivity'
import { ActivityBadge } from '@/components/live/ActivityBadge'
import config from '@payload-config'
import { getPayload } from 'payload'

import { LanguageSwitch } from './LanguageSwitch'
import { LoginLinks } from './LoginLinks'

import { LogoutButton } from './LogoutButton'

/** The site-wide header: logo, catalog link, the account menu for the current user, the language switch. */
export const SiteHeader = async () => {
  const user = await getCurrentUser()
  const t = await getTranslations('common')
  const activity = user
    ? await unseenActivity({ payload: await getPayload({ config }), user })
    : null
  const badge = activity && (
    <ActivityBadge
      initial={{
        changedBookings: activity.changedBookings.length,
        unreadMessages: activity.unreadMessages,
      }}
    />
  )
  const isArtist = checkRole(['voiceover'], user)
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="logo" aria-label={t('homeLabel')}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className="logo__mark">
            <path d="M3 10v4M7 6v12M11 3v18M15 7v10M19 10v4" />
          </svg>
          <span>14voices</span>
        </Link>
        <nav aria-label={t('mainNav')} className="site-nav">
          <Link href="/">{t('navCatalog')}</Link>
        </nav>
        <nav aria-label={t('accountNav')} className="account-nav">
          {user ? (
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
            // Client-side: the links carry the current page as `next` (useSearchParams needs Suspense).
            <Suspense>
              <LoginLinks />
            </Suspense>
          )}
        </nav>
        {/* useSearchParams needs a Suspense boundary outside client-only rendering. */}
        <Suspense>
          <LanguageSwitch userId={user?.id} />
        </Suspense>
      </div>
    </header>
  )
}
