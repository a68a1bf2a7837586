import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import config from '@payload-config'
import { checkRole } from '@/access/checkRole'
import type { BookableVoiceover } from '@/components/booking/BookingForm'
import { BookingForm } from '@/components/booking/BookingForm'
import { LoginForm } from '@/components/LoginForm'
import { RegisterForm } from '@/components/RegisterForm'
import { projectTypes } from '@/domain/catalog'
import { env } from '@/env'
import { getCurrentUser } from '@/lib/currentUser'
import { slugs } from '@/slugs'

export const metadata: Metadata = { title: 'Book a voice', robots: { index: false } }

type Props = { params: Promise<{ slug: string }> }

// Next.js requires a default export for pages.
export default async function BookPage({ params }: Props) {
  const { slug } = await params
  const user = await getCurrentUser()

  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: slugs.voiceovers,
    where: { slug: { equals: slug } },
    overrideAccess: false,
    user: user ?? undefined,
    depth: 0,
    limit: 1,
    select: {
      name: true,
      slug: true,
      rates: true,
      rushAvailable: true,
      turnaroundDays: true,
      active: true,
    },
  })
  const found = docs[0]
  if (!found || !found.active) notFound()

  if (!user) {
    // Log in or register right here; either form brings the customer straight back to this page.
    const next = `/book/${found.slug ?? slug}`
    return (
      <div className="container">
        <p className="breadcrumb">
          <Link href={`/voiceovers/${found.slug ?? slug}`}>
            <span aria-hidden="true">← </span>
            {found.name}
          </Link>
        </p>
        <h1>Book {found.name}</h1>
        <p className="muted">
          Log in or create a free customer account to book {found.name}; you’ll come straight back
          here.
        </p>
        <div className="auth-choice">
          <section aria-labelledby="auth-login" className="panel">
            <h2 id="auth-login">I have an account</h2>
            <LoginForm next={next} />
          </section>
          <section aria-labelledby="auth-register" className="panel">
            <h2 id="auth-register">I’m new here</h2>
            <RegisterForm next={next} />
          </section>
        </div>
      </div>
    )
  }

  if (!checkRole(['customer', 'admin'], user)) {
    return (
      <div className="container narrow">
        <h1>Book {found.name}</h1>
        <p>
          Bookings are made from a customer account. You are logged in as a voice artist:{' '}
          <Link href="/dashboard">go to your dashboard</Link>.
        </p>
      </div>
    )
  }

  const rates = (found.rates ?? {}) as Record<string, number | null | undefined>
  const voiceover: BookableVoiceover = {
    id: found.id,
    name: found.name,
    slug: found.slug ?? slug,
    rushAvailable: Boolean(found.rushAvailable),
    turnaroundDays: found.turnaroundDays ?? null,
    projectTypes: projectTypes
      .map((t) => t.value)
      .filter((t) => typeof rates[t] === 'number' && (rates[t] ?? 0) > 0),
  }

  return (
    <div className="container">
      <p className="breadcrumb">
        <Link href={`/voiceovers/${voiceover.slug}`}>
          <span aria-hidden="true">← </span>
          {voiceover.name}
        </Link>
      </p>
      <h1>Book {voiceover.name}</h1>
      {voiceover.projectTypes.length === 0 ? (
        <p>{voiceover.name} has no rates set yet. Please contact the agency.</p>
      ) : (
        <BookingForm voiceover={voiceover} maxScriptMb={env.MAX_SCRIPT_MB} />
      )}
    </div>
  )
}
