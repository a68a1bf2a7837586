import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { RegisterForm } from '@/components/RegisterForm'
import { getCurrentUser } from '@/lib/currentUser'
import { safeNextPath } from '@/lib/safeNextPath'
import type { SearchParams } from '@/lib/searchParams'

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

// Next.js requires a default export for pages.
export default async function RegisterPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next)
  if (await getCurrentUser()) redirect(next)
  return (
    <div className="container narrow auth-page">
      <h1>Create an account</h1>
      <p className="muted">Register to book voice-overs, upload scripts and download your audio.</p>
      <RegisterForm next={next} />
    </div>
  )
}
