import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { BillingForm } from '@/components/BillingForm'
import { EU_COUNTRIES, vatIdExamples } from '@/domain/vat'
import { localeOrDefault, type Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { getCurrentUser } from '@/lib/currentUser'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account' })
  // Artists have no billing details here, only the language of their emails.
  const isArtist = (await getCurrentUser())?.role === 'voiceover'
  return { title: t(isArtist ? 'billing.titleArtist' : 'billing.title'), robots: { index: false } }
}

/** The customer's billing details and email language (artists: the language only). */
// Next.js requires a default export for pages.
export default async function BillingPage() {
  // Validated by the layout; typed here as a supported language.
  const locale = await getLocale()
  const user = await getCurrentUser()
  if (!user) return redirect({ href: '/login?next=/account/billing', locale })
  const t = await getTranslations('account')
  const isArtist = user.role === 'voiceover'
  const billing = user.billing ?? {}
  const examples = vatIdExamples()
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link href={isArtist ? '/dashboard' : '/account/bookings'}>
          <span aria-hidden="true">← </span>
          {isArtist ? t('backToDashboard') : t('backToBookings')}
        </Link>
      </p>
      <h1>{t(isArtist ? 'billing.titleArtist' : 'billing.title')}</h1>
      <p className="muted">{t(isArtist ? 'billing.introArtist' : 'billing.intro')}</p>
      <p>
        <Link href="/account/privacy">{t('billing.privacyLink')}</Link>
      </p>
      <p>
        <Link href="/account/settings">{(await getTranslations('common'))('navSettings')}</Link>
      </p>
      <BillingForm
        userId={user.id}
        showBilling={!isArtist}
        // People type EL for Greece, the prefix of its VAT IDs.
        vatIdExamples={{ ...examples, EL: examples.GR }}
        euCountries={EU_COUNTRIES}
        initialLocale={localeOrDefault(user.locale)}
        initial={{
          company: billing.company ?? '',
          customerType: billing.customerType === 'consumer' ? 'consumer' : 'business',
          vatId: billing.vatId ?? '',
          address: billing.address ?? '',
          country: billing.country ?? 'NL',
        }}
      />
    </div>
  )
}
