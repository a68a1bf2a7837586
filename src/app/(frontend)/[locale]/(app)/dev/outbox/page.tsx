import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { formatDateTime } from '@/domain/dateFormat'
import { outboxDir } from '@/email/adapter'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { listOutbox } from '@/lib/outbox'
import { getCurrentUser } from '@/lib/currentUser'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'outbox' })
  return { title: t('metaTitle'), robots: { index: false } }
}

/**
 * Development only: without an SMTP server every email is kept in full in a local folder, and listed
 * here for the agency's staff (admins) to read them and click their links. Not served in
 * production (unless DEV_OUTBOX) or with SMTP.
 */
// Next.js requires a default export for pages.
export default async function OutboxPage({ params }: Props) {
  const locale = (await params).locale as Locale
  if (!env.devOutbox) notFound()
  // Every email — password-reset links included — is here: the agency's staff only.
  const viewer = await getCurrentUser()
  if (!viewer) {
    return redirect({
      href: `/login?next=${encodeURIComponent(`/${locale}/dev/outbox`)}`,
      locale,
    })
  }
  if (viewer.role !== 'admin') notFound()
  const t = await getTranslations('outbox')
  const messages = await listOutbox(outboxDir(env))
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {messages.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : (
        <table className="booking-table outbox-table">
          <thead>
            <tr>
              <th scope="col">{t('sent')}</th>
              <th scope="col">{t('to')}</th>
              <th scope="col">{t('subject')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td data-label={t('sent')}>{formatDateTime(m.date, { month: 'short', locale })}</td>
                <td data-label={t('to')}>{m.to}</td>
                <td data-label={t('subject')}>
                  <Link href={`/dev/outbox/${m.id}`}>{m.subject || t('noSubject')}</Link>
                  <span className="muted outbox-table__preview">{m.preview}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
