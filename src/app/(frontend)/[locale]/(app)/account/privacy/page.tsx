import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { DeleteAccountForm } from '@/components/DeleteAccountForm'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { getCurrentUser } from '@/lib/currentUser'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account' })
  return { title: t('privacy.metaTitle'), robots: { index: false } }
}

/** "Your data": download it (GET /api/users/export) or delete the account (POST /api/users/erase). */
// Next.js requires a default export for pages.
export default async function PrivacyPage() {
  // Validated by the layout; typed here as a supported language.
  const locale = await getLocale()
  const user = await getCurrentUser()
  if (!user) return redirect({ href: '/login?next=/account/privacy', locale })
  const t = await getTranslations('account')
  const isArtist = user.role === 'voiceover'
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link href={isArtist ? '/dashboard' : '/account/bookings'}>
          <span aria-hidden="true">← </span>
          {isArtist ? t('backToDashboard') : t('backToBookings')}
        </Link>
      </p>
      <h1>{t('privacy.title')}</h1>
      <p>
        <Link href="/account/settings">{(await getTranslations('common'))('navSettings')}</Link>
      </p>

      <section aria-labelledby="download-heading">
        <h2 id="download-heading">{t('privacy.downloadHeading')}</h2>
        <p className="muted">{t('privacy.downloadText')}</p>
        {/* A plain link: the browser sends the session cookie and saves the attachment. */}
        <a className="button" href="/api/users/export" download>
          {t('privacy.downloadButton')}
        </a>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('privacy.deleteHeading')}</h2>
        <p className="muted">
          {t('privacy.deleteText')}
          {isArtist && ` ${t('privacy.deleteTextArtist')}`}
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  )
}
