import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'
import { notFound, redirect } from 'next/navigation'

import { outboxDir } from '@/email/adapter'
import { env } from '@/env'
import { formatDateTime } from '@/domain/dateFormat'
import { listOutbox } from '@/lib/outbox'
import { getCurrentUser } from '@/lib/currentUser'

export const metadata: Metadata = { title: 'Outbox', robots: { index: false } }
export const dynamic = 'force-dynamic'

/**
 * Development only: without an SMTP server every email is kept in full in a local folder, and listed
 * here for the agency's staff (admins) to read them and click their links. Not served in
 * production (unless DEV_OUTBOX) or with SMTP.
 */
// Next.js requires a default export for pages.
export default async function OutboxPage() {
  if (!env.devOutbox) notFound()
  // Every email — password-reset links included — is here: the agency's staff only.
  const viewer = await getCurrentUser()
  if (!viewer) redirect(`/login?next=${encodeURIComponent('/dev/outbox')}`)
  if (viewer.role !== 'admin') notFound()
  const messages = await listOutbox(outboxDir(env))
  return (
    <div className="container">
      <h1>Outbox</h1>
      <p className="muted">
        No SMTP server is configured, so every email the app sends is kept here instead — in full,
        with working links.
      </p>
      {messages.length === 0 ? (
        <p className="empty-state">No emails yet.</p>
      ) : (
        <table className="booking-table outbox-table">
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td data-label="Sent">{formatDateTime(m.date, { month: 'short' })}</td>
                <td data-label="To">{m.to}</td>
                <td data-label="Subject">
                  <Link href={`/dev/outbox/${m.id}`}>{m.subject || '(no subject)'}</Link>
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
