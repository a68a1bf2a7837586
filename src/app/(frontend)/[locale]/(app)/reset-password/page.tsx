import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ResetPasswordForm } from '@/components/PasswordResetForms'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { SearchParams } from '@/lib/searchParams'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'auth' })
  return { title: t('reset.metaTitle'), robots: { index: false } }
}

/**
 * The page the reset email links to (`/<locale>/reset-password?token=…`). A token that is not even
 * shaped like Payload's (hex) gets a sentence and a link to ask again; whether it is still valid
 * (one hour, once) only the server knows, and the form says so when it isn't.
 */
// Next.js requires a default export for pages.
export default async function ResetPasswordPage({ searchParams }: Props) {
  const raw = (await searchParams).token
  const token = typeof raw === 'string' && /^[a-f0-9]{20,128}$/i.test(raw) ? raw : null
  const t = await getTranslations('auth.reset')
  return (
    <div className="container narrow auth-page">
      <h1>{t('title')}</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          {t('incomplete')} <Link href="/forgot-password">{t('askAgain')}</Link>
        </p>
      )}
    </div>
  )
}
