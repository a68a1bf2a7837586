/**
 * The two emails of an email-address change (issue 12), in the recipient's language, worded from the
 * `email` catalogue (`emailChange.*`) and set in the shared frame and footer: the confirmation link to
 * the NEW address, and a notice to the OLD one.
 */
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

import type { EmailFooter, RenderedEmail } from './templates'
import { emailButton, emailLayout, emailTextFooter, escapeHtml } from './templates'

const paragraph = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`

/**
 * The confirmation email to the new address. Input: language, the person's name (may be empty),
 * the link (`${SERVER_URL}/<locale>/account/confirm-email?token=…`), its lifetime in hours and the
 * footer (`emailFooterFor`). Output: subject, plain text and HTML; every value is escaped.
 */
export const emailChangeConfirmEmail = ({
  locale,
  name,
  url,
  hours,
  footer,
}: {
  locale: Locale
  name: string
  url: string
  hours: number
  footer: EmailFooter
}): RenderedEmail => {
  const t = translatorFor(locale, 'email')
  const hello = name ? t('helloName', { name }) : t('hello')
  const subject = t('emailChange.confirmSubject')
  const expiry = t('emailChange.confirmExpiry', { hours })
  const body = `${paragraph(hello)}${paragraph(t('emailChange.confirmIntro'))}
<p style="margin:24px 0 16px">${emailButton(t('emailChange.confirmAction'), url)}</p>
<p style="margin:0 0 12px;font-size:14px;color:#5b5a6e">${escapeHtml(expiry)}<br>${escapeHtml(url)}</p>`
  return {
    subject,
    text: [
      hello,
      t('emailChange.confirmIntro'),
      `${t('emailChange.confirmAction')}: ${url}`,
      expiry,
      ...emailTextFooter({ locale, footer, why: 'whyNewAddress' }),
    ].join('\n\n'),
    html: emailLayout({ locale, title: subject, body, footer, why: 'whyNewAddress' }),
  }
}

/**
 * The notice to the old address. Input: language, name, the new address already masked
 * (`maskEmail`, so the old mailbox learns that a change is pending, not the whole new address) and
 * the footer. Output: subject, plain text and HTML; every value is escaped.
 */
export const emailChangeNoticeEmail = ({
  locale,
  name,
  maskedNewEmail,
  footer,
}: {
  locale: Locale
  name: string
  maskedNewEmail: string
  footer: EmailFooter
}): RenderedEmail => {
  const t = translatorFor(locale, 'email')
  const hello = name ? t('helloName', { name }) : t('hello')
  const subject = t('emailChange.noticeSubject')
  const intro = t('emailChange.noticeIntro', { masked: maskedNewEmail })
  const body = `${paragraph(hello)}${paragraph(intro)}${paragraph(t('emailChange.noticeAdvice'))}`
  return {
    subject,
    text: [
      hello,
      intro,
      t('emailChange.noticeAdvice'),
      ...emailTextFooter({ locale, footer, why: 'whyAccountAddress' }),
    ].join('\n\n'),
    html: emailLayout({ locale, title: subject, body, footer, why: 'whyAccountAddress' }),
  }
}
