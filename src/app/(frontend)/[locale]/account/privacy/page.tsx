import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { redirect } from 'next/navigation'

import { DeleteAccountForm } from '@/components/DeleteAccountForm'
import { getCurrentUser } from '@/lib/currentUser'

export const metadata: Metadata = { title: 'Your data', robots: { index: false } }

// Next.js requires a default export for pages.
export default async function PrivacyPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/login?next=/account/privacy')
  const isArtist = user.role === 'voiceover'
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link href={isArtist ? '/dashboard' : '/account/bookings'}>
          <span aria-hidden="true">← </span>
          {isArtist ? 'Dashboard' : 'My bookings'}
        </Link>
      </p>
      <h1>Your data</h1>
      <p>
        <Link href="/account/settings">{(await getTranslations('common'))('navSettings')}</Link>
      </p>

      <section aria-labelledby="download-heading">
        <h2 id="download-heading">Download my data</h2>
        <p className="muted">
          One JSON file with your profile, your bookings, invoice details, the scripts and
          recordings listed with your bookings, and the history of your bookings.
        </p>
        {/* A plain link: the browser sends the session cookie and saves the attachment. */}
        <a className="button" href="/api/users/export" download>
          Download my data
        </a>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete my account</h2>
        <p className="muted">
          Your name, email address, billing details and password are erased and you are logged out.
          The agency keeps your bookings without your name, and keeps issued invoices unchanged for
          7 years as Dutch tax law requires.
          {isArtist && ' Bookings you are still working on must be reassigned by the agency first.'}
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  )
}
