import { getTranslations } from 'next-intl/server'

import { formatDateTime } from '@/domain/dateFormat'
import type { MessageAuthorRole } from '@/domain/messages'
import { mayPost } from '@/domain/messages'
import type { Locale } from '@/i18n/locales'
import type { ThreadMessage } from '@/lib/messageViews'

import { MessageForm } from './MessageForm'

/**
 * The booking page's conversation (`id="messages"`, the target of the digest emails' links):
 * messages oldest first, each with who wrote it (name and role — customer, artist, or "14voices" for
 * staff) and when (Amsterdam time with its zone), then the form to write one. `names` gives the
 * display name per role as far as the viewer may know it; the viewer's own messages say "you".
 */
export const MessageThread = async ({
  bookingId,
  bookingStatus,
  viewer,
  names,
  messages,
  total,
  locale,
}: {
  bookingId: number
  bookingStatus: string
  viewer: { id: number; role: MessageAuthorRole }
  names: Partial<Record<MessageAuthorRole, string>>
  messages: ThreadMessage[]
  total: number
  locale: Locale
}) => {
  const t = await getTranslations({ locale, namespace: 'thread' })
  const nameOf = (m: ThreadMessage) =>
    m.authorId === viewer.id
      ? t('you')
      : m.authorRole === 'staff'
        ? t('staffName')
        : (names[m.authorRole] ?? '')
  return (
    <section id="messages" aria-labelledby="messages-title" className="panel">
      <h2 id="messages-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {total > messages.length && (
        <p className="notice">{t('olderHidden', { count: total - messages.length })}</p>
      )}
      {messages.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ol className="versions" data-testid="messages" data-total={total}>
          {messages.map((m) => {
            const name = nameOf(m)
            const role = t(`roles.${m.authorRole}`)
            return (
              <li key={m.id} className="version" data-testid="message">
                <p className="muted">
                  <strong>{name && name !== role ? t('byline', { name, role }) : role}</strong>
                  {' · '}
                  <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, { locale })}</time>
                </p>
                <p className="prewrap">{m.body}</p>
              </li>
            )
          })}
        </ol>
      )}
      {mayPost({ status: bookingStatus, role: viewer.role }) ? (
        <MessageForm bookingId={bookingId} locale={locale} />
      ) : (
        <p className="notice">{t('closed')}</p>
      )}
    </section>
  )
}
