import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { LoginForm } from '@/components/LoginForm'
import { getCurrentUser } from '@/lib/currentUser'
import { safeNextPath } from '@/lib/safeNextPath'
import type { SearchParams } from '@/lib/searchParams'

export const metadata: Metadata = { title: 'Log in', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

// Next.js requires a default export for pages.
export default async function LoginPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next)
  if (await getCurrentUser()) redirect(next)
  return (
    <div className="container narrow auth-page">
      <h1>Log in</h1>
      <p className="muted">Log in to book a voice and follow your bookings.</p>
      <LoginForm next={next} />
    </div>
  )
}
