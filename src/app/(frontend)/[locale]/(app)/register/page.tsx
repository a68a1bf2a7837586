import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { RegisterForm } from '@/components/RegisterForm'
import { landingHref } from '@/domain/landing'
import type { Locale } from '@/i18n/locales'
import { redirect } from '@/i18n/navigation'
import { getCurrentUser } from '@/lib/currentUser'
import { safeNextPath } from '@/lib/safeNextPath'
import type { SearchParams } from '@/lib/searchParams'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'auth' })
  return { title: t('register.metaTitle'), robots: { index: false } }
}

/** Registration; the new account's language is this page's. Logged-in people go where they'd land. */
// Next.js requires a default export for pages.
export default async function RegisterPage({ searchParams }: Props) {
  // Validated by the layout; typed here as a supported language.
  const locale = await getLocale()
  const next = safeNextPath((await searchParams).next, null)
  const user = await getCurrentUser()
  if (user) redirect({ href: landingHref({ role: user.role, next }), locale })
  const t = await getTranslations('auth.register')
  return (
    <div className="container narrow auth-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <RegisterForm next={next} />
    </div>
  )
}
