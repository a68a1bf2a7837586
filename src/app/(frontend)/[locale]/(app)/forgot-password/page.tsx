import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ForgotPasswordForm } from '@/components/PasswordResetForms'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'auth' })
  return { title: t('forgot.metaTitle'), robots: { index: false } }
}

/** "Forgot password?": asks for the email address the reset link goes to. */
// Next.js requires a default export for pages.
export default async function ForgotPasswordPage() {
  const t = await getTranslations('auth.forgot')
  return (
    <div className="container narrow auth-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ForgotPasswordForm />
    </div>
  )
}
