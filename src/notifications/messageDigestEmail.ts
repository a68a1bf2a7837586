/**
 * The digest email about new messages on a booking, in Dutch or English from the `thread`
 * catalogue, as plain text and HTML. Pure: the sending task passes the messages, names and links.
 * Every value that came from a user is escaped in the HTML.
 */
import { formatDateTime } from '@/domain/dateFormat'
import type { MessageAuthorRole } from '@/domain/messages'
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

import type { EmailFooter, RenderedEmail } from './templates'
import { emailButton, emailLayout, emailTextFooter, escapeHtml } from './templates'

/** One message as the digest lists it: who wrote it (name and role), when (ISO instant), the text. */
export type DigestMessage = {
  authorName: string
  authorRole: MessageAuthorRole
  createdAt: string
  body: string
}

/**
 * Renders a digest. In: the recipient's language and name, the booking's number and title, the
 * messages oldest first (at least one), the link to the thread (`…/account/bookings/<id>#messages`)
 * and the footer. Out: subject, text and HTML. Times are shown on the Amsterdam clock with the zone
 * ("30 November 2026, 13:05 CET (Amsterdam)"). Throws nothing.
 */
export const renderMessageDigest = ({
  locale,
  recipientName,
  bookingId,
  projectTitle,
  messages,
  threadUrl,
  footer,
}: {
  locale: Locale
  recipientName: string
  bookingId: number
  projectTitle: string
  messages: DigestMessage[]
  threadUrl: string
  footer: EmailFooter
}): RenderedEmail => {
  const t = translatorFor(locale, 'thread')
  const count = messages.length
  const subject = t('email.subject', { count, title: projectTitle })
  const hello = recipientName ? t('email.hello', { name: recipientName }) : t('email.helloNoName')
  const intro = t('email.intro', { count, id: bookingId, title: projectTitle })
  const byline = (m: DigestMessage) =>
    `${t('byline', { name: m.authorName, role: t(`roles.${m.authorRole}`) })} · ${formatDateTime(m.createdAt, { locale })}`

  const text = [
    hello,
    '',
    intro,
    '',
    ...messages.flatMap((m) => [`${byline(m)}:`, m.body, '']),
    `${t('email.action')}: ${threadUrl}`,
    '',
    t('email.frequency'),
    '',
    ...emailTextFooter({ locale, footer, why: 'whyBooking' }),
  ].join('\n')

  const quoted = messages
    .map(
      (m) =>
        `<div style="margin:12px 0;padding:12px 16px;background:#f5f5fa;border-left:4px solid #3730a3;border-radius:4px"><strong>${escapeHtml(byline(m))}</strong><br>${escapeHtml(m.body).replace(/\r?\n/g, '<br>')}</div>`,
    )
    .join('\n')
  const body = `<p style="margin:0 0 12px">${escapeHtml(hello)}</p>
<p style="margin:0 0 12px">${escapeHtml(intro)}</p>
${quoted}
<p style="margin:20px 0">${emailButton(t('email.action'), threadUrl)}</p>
<p style="margin:0;font-size:13px;color:#5b5a6e">${escapeHtml(t('email.frequency'))}</p>`
  const html = emailLayout({ locale, title: subject, body, footer, why: 'whyBooking' })
  return { subject, text, html }
}
