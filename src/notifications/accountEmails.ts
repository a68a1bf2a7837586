/** Account emails (password reset) in the recipient's language, in the same frame as the rest. */
import type { Locale } from './templates'
import { emailButton, emailLayout, escapeHtml } from './templates'

const copy = {
  en: {
    subject: 'Choose a new password for 14voices',
    hello: (name: string) => (name ? `Hi ${name},` : 'Hello,'),
    intro: 'Someone (hopefully you) asked to reset the password of your 14voices account.',
    action: 'Choose a new password',
    expiry:
      'The link works for one hour. If you didn’t ask for this, ignore this email: your password stays as it is.',
    why: 'You receive this email because a password reset was requested for your account.',
  },
  nl: {
    subject: 'Kies een nieuw wachtwoord voor 14voices',
    hello: (name: string) => (name ? `Hoi ${name},` : 'Hallo,'),
    intro:
      'Iemand (hopelijk jij) heeft gevraagd het wachtwoord van je 14voices-account opnieuw in te stellen.',
    action: 'Nieuw wachtwoord kiezen',
    expiry:
      'De link werkt een uur. Heb je dit niet gevraagd? Negeer deze e-mail dan; je wachtwoord blijft zoals het is.',
    why: 'Je ontvangt deze e-mail omdat er voor je account een nieuw wachtwoord is aangevraagd.',
  },
}

export const passwordResetSubject = (locale: Locale): string => copy[locale].subject

export const passwordResetHtml = ({
  locale,
  name,
  url,
}: {
  locale: Locale
  name: string
  url: string
}): string => {
  const c = copy[locale]
  const body = `<p style="margin:0 0 12px">${escapeHtml(c.hello(name))}</p>
<p style="margin:0 0 12px">${escapeHtml(c.intro)}</p>
<p style="margin:24px 0 16px">${emailButton(c.action, url)}</p>
<p style="margin:0 0 12px;font-size:14px;color:#5b5a6e">${escapeHtml(c.expiry)}<br>${escapeHtml(url)}</p>`
  return emailLayout({ locale, title: c.subject, body, why: c.why })
}
