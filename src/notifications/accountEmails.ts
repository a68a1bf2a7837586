/**
 * Account emails (password reset) in the recipient's language, worded from the `email` catalogue
 * and set in the same frame and footer as the booking emails.
 */
import type { PayloadRequest } from 'payload'

import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

import { emailFooterFor } from './emailFooter'
import { footerLinks, resetPasswordLink } from './links'
import type { EmailFooter } from './templates'
import { emailButton, emailLayout, escapeHtml } from './templates'

type ResetArgs = { req?: PayloadRequest; token?: string; user?: unknown } | undefined

type ResetUser = { name?: string | null; locale?: string | null; role?: string | null }

const userOf = (args: ResetArgs): ResetUser => (args?.user ?? {}) as ResetUser

/** The account's language, else Dutch. */
const localeOf = (user: ResetUser): Locale => (isLocale(user.locale) ? user.locale : defaultLocale)

/** The subject line of the reset email, in `locale`. */
export const passwordResetSubject = (locale: Locale): string =>
  translatorFor(locale, 'email')('passwordReset.subject')

/**
 * The reset email's HTML. In: the recipient's language and name, the link to the site's reset page
 * and, for admins, Payload's own `/admin/reset/<token>` page as a second way. Out: a full HTML
 * document; every value is escaped.
 */
export const passwordResetHtml = ({
  locale,
  name,
  url,
  adminUrl,
  footer,
}: {
  locale: Locale
  name: string
  url: string
  adminUrl?: string | null
  footer: EmailFooter
}): string => {
  const t = translatorFor(locale, 'email')
  const hello = name ? t('helloName', { name }) : t('hello')
  const body = `<p style="margin:0 0 12px">${escapeHtml(hello)}</p>
<p style="margin:0 0 12px">${escapeHtml(t('passwordReset.p1'))}</p>
<p style="margin:24px 0 16px">${emailButton(t('passwordReset.action'), url)}</p>
<p style="margin:0 0 12px;font-size:14px;color:#5b5a6e">${escapeHtml(t('passwordReset.expiry'))}<br>${escapeHtml(url)}</p>
${adminUrl ? `<p style="margin:0 0 12px;font-size:14px"><a href="${escapeHtml(adminUrl)}" style="color:#3730a3">${escapeHtml(t('passwordReset.admin'))}</a></p>` : ''}`
  return emailLayout({
    locale,
    title: t('passwordReset.subject'),
    body,
    footer,
    why: 'whyReset',
  })
}

/** Payload's `forgotPassword.generateEmailSubject`: the subject in the account's language. */
export const forgotPasswordSubject = (args: ResetArgs): string =>
  passwordResetSubject(localeOf(userOf(args)))

/**
 * Payload's `forgotPassword.generateEmailHTML`: the branded reset email in the account's language,
 * linking to the site's `/<locale>/reset-password?token=…` (customers and artists have no admin
 * panel); an admin also gets Payload's `/admin/reset/<token>`, which keeps working.
 */
export const forgotPasswordHtml = async (args: ResetArgs): Promise<string> => {
  const user = userOf(args)
  const locale = localeOf(user)
  const token = args?.token ?? ''
  const footer = args?.req?.payload
    ? await emailFooterFor({ payload: args.req.payload, req: args.req, locale })
    : { links: footerLinks({ serverUrl: env.SERVER_URL, locale }) }
  return passwordResetHtml({
    locale,
    name: String(user.name ?? ''),
    url: resetPasswordLink({ serverUrl: env.SERVER_URL, locale, token }),
    adminUrl:
      user.role === 'admin'
        ? `${env.SERVER_URL.replace(/\/+$/, '')}/admin/reset/${encodeURIComponent(token)}`
        : null,
    footer,
  })
}
