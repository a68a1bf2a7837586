import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { formatDateTime } from '@/domain/dateFormat'
import { outboxDir } from '@/email/adapter'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { Link, redirect } from '@/i18n/navigation'
import { readOutboxMessage } from '@/lib/outbox'
import { getCurrentUser } from '@/lib/currentUser'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string; locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'outbox' })
  return { title: t('messageMetaTitle'), robots: { index: false } }
}

/** One email from the local outbox: its HTML in a sandboxed frame (it may contain user text), then its text. */
// Next.js requires a default export for pages.
export default async function OutboxMessagePage({ params }: Props) {
  const { id, locale: requested } = await params
  const locale = requested as Locale
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
  const message = await readOutboxMessage(outboxDir(env), id)
  if (!message) notFound()
  const html = message.html ? message.html.replace(/<head>/i, '<head><base target="_blank">') : null
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link href="/dev/outbox">
          <span aria-hidden="true">← </span>
          {t('back')}
        </Link>
      </p>
      <h1>{message.subject || t('noSubject')}</h1>
      <dl className="facts outbox-headers">
        <div className="facts__row">
          <dt>{t('from')}</dt>
          <dd>{message.from}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('to')}</dt>
          <dd>{message.to}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('sent')}</dt>
          <dd>{formatDateTime(message.date, { locale })}</dd>
        </div>
      </dl>
      {html && (
        <iframe
          className="outbox-frame"
          title={t('bodyFrame')}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcDoc={html}
        />
      )}
      <h2>{t('plainText')}</h2>
      <pre className="outbox-text">{message.text}</pre>
    </div>
  )
}
