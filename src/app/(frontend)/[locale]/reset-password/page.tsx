import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'

import { ResetPasswordForm } from '@/components/PasswordResetForms'
import type { SearchParams } from '@/lib/searchParams'

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

// Next.js requires a default export for pages.
export default async function ResetPasswordPage({ searchParams }: Props) {
  const raw = (await searchParams).token
  const token = typeof raw === 'string' && /^[a-f0-9]{20,128}$/i.test(raw) ? raw : null
  return (
    <div className="container narrow auth-page">
      <h1>Choose a new password</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          This link is incomplete or has expired.{' '}
          <Link href="/forgot-password">Ask for a new one</Link>.
        </p>
      )}
    </div>
  )
}
