import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'

import config from '@payload-config'
import { LicenceTable } from '@/components/licences/LicenceTable'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { getCurrentUser } from '@/lib/currentUser'
import { findLicences } from '@/lib/licenceList'

type Props = { params: Promise<{ locale: string }> }

const PATH = '/account/licences'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'licences' })
  return { title: t('metaTitle'), robots: { index: false } }
}

/**
 * The customer's usage licences: what each covers, when it ends, and one-click renewal (artists
 * see theirs on the dashboard; admins in the admin panel's Licences list).
 */
// Next.js requires a default export for pages.
export default async function LicencesPage({ params }: Props) {
  const locale = (await params).locale as Locale
  const user = await getCurrentUser()
  if (!user) return redirect({ href: `/login?next=/${locale}${PATH}`, locale })
  if (user.role === 'voiceover') return redirect({ href: '/dashboard', locale })
  const payload = await getPayload({ config })
  const [t, licences] = await Promise.all([
    getTranslations('licences'),
    findLicences({ payload, user }),
  ])
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link href="/account/bookings">
          <span aria-hidden="true">← </span>
          {t('backToBookings')}
        </Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {licences.length === 0 ? (
        <div className="empty-state" data-testid="licences-empty">
          <p>{t('empty')}</p>
        </div>
      ) : (
        // eslint-disable-next-line react-hooks/purity -- the page is rendered per request: "now" is its time.
        <LicenceTable licences={licences} view="customer" now={Date.now()} />
      )}
    </div>
  )
}
