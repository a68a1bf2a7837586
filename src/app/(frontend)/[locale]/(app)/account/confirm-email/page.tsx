import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ConfirmEmailForm } from '@/components/settings/ConfirmEmailForm'
import { isWellFormedToken } from '@/domain/emailChange'
import { isLocale } from '@/i18n/locales'
import { getCurrentUser } from '@/lib/currentUser'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : 'nl',
    namespace: 'settings',
  })
  // The token is in the URL: keep it out of search engines and other sites' Referer logs.
  return { title: t('confirmMetaTitle'), robots: { index: false }, referrer: 'no-referrer' }
}

// Next.js requires a default export for pages.
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const { token } = await searchParams
  const t = await getTranslations('settings')
  const user = await getCurrentUser()
  const valid = isWellFormedToken(token)
  return (
    <div className="container narrow auth-page">
      <h1>{t('confirmTitle')}</h1>
      {valid ? (
        <>
          <p className="muted">{t('confirmIntro')}</p>
          <ConfirmEmailForm token={token} loggedIn={Boolean(user)} />
        </>
      ) : (
        <p role="alert">{t('confirmMissing')}</p>
      )}
    </div>
  )
}
