import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { createLocalReq, getPayload } from 'payload'

import config from '@payload-config'
import { checkRole } from '@/access/checkRole'
import type { BookableVoiceover } from '@/components/booking/BookingForm'
import { BookingForm } from '@/components/booking/BookingForm'
import { LoginForm } from '@/components/LoginForm'
import { RegisterForm } from '@/components/RegisterForm'
import { projectTypes } from '@/domain/catalog'
import { env } from '@/env'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getCurrentUser } from '@/lib/currentUser'
import { slugs } from '@/slugs'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : defaultLocale,
    namespace: 'booking',
  })
  return { title: t('metaTitle'), robots: { index: false } }
}

/**
 * `/[locale]/book/[slug]`: log in or register inline, then the booking form, in the URL's language.
 * The form's step and booking live in the query (`?step=2`, `?step=4&booking=<id>`) and are read by
 * the form itself (`BookingForm`); the review step is step 3.
 */
// Next.js requires a default export for pages.
export default async function BookPage({ params }: Props) {
  const { locale: raw, slug } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'booking' })
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
    const next = `/${locale}/book/${found.slug ?? slug}`
    return (
      <div className="container">
        <p className="breadcrumb">
          <Link href={`/voiceovers/${found.slug ?? slug}`}>
            <span aria-hidden="true">← </span>
            {found.name}
          </Link>
        </p>
        <h1>{t('title', { name: found.name })}</h1>
        <p className="muted">{t('loginIntro', { name: found.name })}</p>
        <div className="auth-choice">
          <section aria-labelledby="auth-login" className="panel">
            <h2 id="auth-login">{t('haveAccount')}</h2>
            <LoginForm next={next} />
          </section>
          <section aria-labelledby="auth-register" className="panel">
            <h2 id="auth-register">{t('newHere')}</h2>
            <RegisterForm next={next} />
          </section>
        </div>
      </div>
    )
  }

  if (!checkRole(['customer', 'admin'], user)) {
    return (
      <div className="container narrow">
        <h1>{t('title', { name: found.name })}</h1>
        <p>
          {t.rich('artistCannotBook', {
            link: (chunks) => <Link href="/dashboard">{chunks}</Link>,
          })}
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

  // The agency's end of day, for the confirmation's "… working days after your script arrives, at 18:00".
  const { endOfDay } = await getPricingSettings(await createLocalReq({}, payload))

  return (
    <div className="container">
      <p className="breadcrumb">
        <Link href={`/voiceovers/${voiceover.slug}`}>
          <span aria-hidden="true">← </span>
          {voiceover.name}
        </Link>
      </p>
      <h1>{t('title', { name: voiceover.name })}</h1>
      {voiceover.projectTypes.length === 0 ? (
        <p>{t('noRates', { name: voiceover.name })}</p>
      ) : (
        <BookingForm voiceover={voiceover} maxScriptMb={env.MAX_SCRIPT_MB} endOfDay={endOfDay} />
      )}
    </div>
  )
}
