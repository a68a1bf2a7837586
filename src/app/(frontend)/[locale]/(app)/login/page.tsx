import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { LoginForm } from '@/components/LoginForm'
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
  return { title: t('login.metaTitle'), robots: { index: false } }
}

/**
 * The login page. `?next=` is where the person came from (a link that needed an account, or the
 * page where they clicked "Log in"); someone already logged in goes straight to where they would
 * land (`landingHref`).
 */
// Next.js requires a default export for pages.
export default async function LoginPage({ searchParams }: Props) {
  // Validated by the layout; typed here as a supported language.
  const locale = await getLocale()
  const next = safeNextPath((await searchParams).next, null)
  const user = await getCurrentUser()
  if (user) redirect({ href: landingHref({ role: user.role, next }), locale })
  const t = await getTranslations('auth.login')
  return (
    <div className="container narrow auth-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <LoginForm next={next} />
    </div>
  )
}
