import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'
import { notFound, redirect } from 'next/navigation'

import { outboxDir } from '@/email/adapter'
import { env } from '@/env'
import { formatDateTime } from '@/domain/dateFormat'
import { readOutboxMessage } from '@/lib/outbox'
import { getCurrentUser } from '@/lib/currentUser'

export const metadata: Metadata = { title: 'Email', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

/** One email from the local outbox: its HTML in a sandboxed frame (it may contain user text), then its text. */
// Next.js requires a default export for pages.
export default async function OutboxMessagePage({ params }: Props) {
  if (!env.devOutbox) notFound()
  // Every email — password-reset links included — is here: the agency's staff only.
  const viewer = await getCurrentUser()
  if (!viewer) redirect(`/login?next=${encodeURIComponent('/dev/outbox')}`)
  if (viewer.role !== 'admin') notFound()
  const { id } = await params
  const message = await readOutboxMessage(outboxDir(env), id)
  if (!message) notFound()
  const html = message.html ? message.html.replace(/<head>/i, '<head><base target="_blank">') : null
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link href="/dev/outbox">
          <span aria-hidden="true">← </span>Outbox
        </Link>
      </p>
      <h1>{message.subject || '(no subject)'}</h1>
      <dl className="facts outbox-headers">
        <div className="facts__row">
          <dt>From</dt>
          <dd>{message.from}</dd>
        </div>
        <div className="facts__row">
          <dt>To</dt>
          <dd>{message.to}</dd>
        </div>
        <div className="facts__row">
          <dt>Sent</dt>
          <dd>{formatDateTime(message.date)}</dd>
        </div>
      </dl>
      {html && (
        <iframe
          className="outbox-frame"
          title="Email body"
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcDoc={html}
        />
      )}
      <h2>Plain text</h2>
      <pre className="outbox-text">{message.text}</pre>
    </div>
  )
}
