import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { redirect } from 'next/navigation'

import { BillingForm } from '@/components/BillingForm'
import { EU_COUNTRIES, vatIdExamples } from '@/domain/vat'
import { getCurrentUser } from '@/lib/currentUser'

export const metadata: Metadata = { title: 'Account settings', robots: { index: false } }

// Next.js requires a default export for pages.
export default async function BillingPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/login?next=/account/billing')
  const isArtist = user.role === 'voiceover'
  const billing = user.billing ?? {}
  const examples = vatIdExamples()
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link href={isArtist ? '/dashboard' : '/account/bookings'}>
          <span aria-hidden="true">← </span>
          {isArtist ? 'Dashboard' : 'My bookings'}
        </Link>
      </p>
      <h1>Account settings</h1>
      <p className="muted">
        Used for your next invoice. Issued invoices keep the details they were issued with.
      </p>
      <p>
        <Link href="/account/privacy">Download your data or delete your account</Link>
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
        initialLocale={user.locale === 'en' ? 'en' : 'nl'}
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
