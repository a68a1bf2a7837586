import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'

import config from '@payload-config'
import { AvatarForm } from '@/components/settings/AvatarForm'
import { EmailForm } from '@/components/settings/EmailForm'
import { LanguageForm } from '@/components/settings/LanguageForm'
import { NameForm } from '@/components/settings/NameForm'
import { PasswordForm } from '@/components/settings/PasswordForm'
import { SettingsSection } from '@/components/settings/SettingsSection'
import { isEmailChangeExpired } from '@/domain/emailChange'
import { Link, redirect } from '@/i18n/navigation'
import { isLocale, localeOrDefault } from '@/i18n/locales'
import { getCurrentUser } from '@/lib/currentUser'
import { slugs } from '@/slugs'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : 'nl',
    namespace: 'settings',
  })
  return { title: t('metaTitle'), robots: { index: false } }
}

// Next.js requires a default export for pages.
export default async function SettingsPage({ params }: Props) {
  const { locale } = await params
  const user = await getCurrentUser()
  // The layout has validated the locale.
  if (!user)
    return redirect({
      href: `/login?next=/${locale}/account/settings`,
      locale: isLocale(locale) ? locale : 'nl',
    })
  const t = await getTranslations('settings')
  const payload = await getPayload({ config })
  // The person's own avatar, read as them.
  const avatar = (
    await payload.find({
      collection: slugs.avatars,
      where: { user: { equals: user.id } },
      depth: 0,
      limit: 1,
      user,
      overrideAccess: false,
    })
  ).docs[0]
  const pending = user.emailChange
  const isArtist = user.role === 'voiceover'
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link href={isArtist ? '/dashboard' : '/account/bookings'}>
          <span aria-hidden="true">← </span>
          {isArtist ? t('backDashboard') : t('backBookings')}
        </Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>

      <SettingsSection id="name" title={t('nameHeading')}>
        <NameForm userId={user.id} initial={user.name ?? ''} />
      </SettingsSection>

      <SettingsSection id="avatar" title={t('avatarHeading')}>
        <AvatarForm
          current={
            avatar?.filename
              ? { id: avatar.id, url: `/api/${slugs.avatars}/file/${avatar.filename}` }
              : null
          }
        />
      </SettingsSection>

      <SettingsSection id="email" title={t('emailHeading')}>
        <EmailForm
          current={user.email}
          pending={
            pending?.newEmail && !isEmailChangeExpired(pending.expiresAt, new Date())
              ? { email: pending.newEmail, expiresAt: pending.expiresAt as string }
              : null
          }
        />
      </SettingsSection>

      <SettingsSection id="password" title={t('passwordHeading')}>
        <PasswordForm userId={user.id} />
      </SettingsSection>

      <SettingsSection id="language" title={t('languageHeading')}>
        <LanguageForm userId={user.id} initial={localeOrDefault(user.locale)} />
      </SettingsSection>

      <SettingsSection id="billing" title={t('billingHeading')}>
        <p className="muted">{t('billingIntro')}</p>
        <p>
          <Link href="/account/billing">{t('billingLink')}</Link>
        </p>
        <p>
          <Link href="/account/privacy">{t('privacyLink')}</Link>
        </p>
      </SettingsSection>
    </div>
  )
}
