import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { BillingForm } from '@/components/BillingForm'
import { getCurrentUser } from '@/lib/currentUser'

export const metadata: Metadata = { title: 'Billing details', robots: { index: false } }

// Next.js requires a default export for pages.
export default async function BillingPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/login?next=/account/billing')
  if (user.role === 'voiceover') redirect('/dashboard')
  const billing = user.billing ?? {}
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link href="/account/bookings">
          <span aria-hidden="true">← </span>My bookings
        </Link>
      </p>
      <h1>Billing details</h1>
      <p className="muted">
        Used for your next invoice. Issued invoices keep the details they were issued with.
      </p>
      <BillingForm
        userId={user.id}
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
