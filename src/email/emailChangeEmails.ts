/**
 * The two emails of an email-address change (issue 12), in the recipient's language: the
 * confirmation link to the NEW address, and a notice to the OLD one. Kept apart from the other
 * templates so the copy can move into the message catalogues with the rest; uses the shared frame.
 */
import type { Locale, RenderedEmail } from '@/notifications/templates'
import { emailButton, emailLayout, escapeHtml } from '@/notifications/templates'

const copy = {
  en: {
    hello: (name: string) => (name ? `Hi ${name},` : 'Hello,'),
    confirmSubject: 'Confirm your new email address for 14voices',
    confirmIntro: 'You asked to use this address for your 14voices account from now on.',
    confirmAction: 'Confirm this address',
    confirmExpiry: (hours: number) =>
      `The link works for ${hours} hours and once. Until you confirm, your account keeps its old address. If you didn’t ask for this, ignore this email.`,
    confirmWhy:
      'You receive this email because someone entered this address on a 14voices account.',
    noticeSubject: 'Your 14voices email address is about to change',
    noticeIntro: (masked: string) =>
      `Someone logged in to your 14voices account asked to change its email address to ${masked}. The change happens once the link sent to that address is opened.`,
    noticeAdvice:
      'Was this you? Then there is nothing to do. If not, choose a new password at once (“Forgot password?” on the login page): that also ends every other session.',
    noticeWhy: 'You receive this email because it is the address of your 14voices account.',
  },
  nl: {
    hello: (name: string) => (name ? `Hoi ${name},` : 'Hallo,'),
    confirmSubject: 'Bevestig je nieuwe e-mailadres voor 14voices',
    confirmIntro: 'Je hebt gevraagd dit adres voortaan te gebruiken voor je 14voices-account.',
    confirmAction: 'Dit adres bevestigen',
    confirmExpiry: (hours: number) =>
      `De link werkt ${hours} uur en één keer. Tot je bevestigt, houdt je account het oude adres. Heb je dit niet gevraagd? Negeer deze e-mail dan.`,
    confirmWhy:
      'Je ontvangt deze e-mail omdat iemand dit adres bij een 14voices-account heeft opgegeven.',
    noticeSubject: 'Het e-mailadres van je 14voices-account gaat veranderen',
    noticeIntro: (masked: string) =>
      `Iemand die op je 14voices-account is ingelogd, heeft gevraagd het e-mailadres te wijzigen in ${masked}. De wijziging gaat in zodra de link is geopend die naar dat adres is gestuurd.`,
    noticeAdvice:
      'Was jij dit? Dan hoef je niets te doen. Zo niet, kies dan meteen een nieuw wachtwoord (“Wachtwoord vergeten?” op de inlogpagina): daarmee worden ook alle andere sessies beëindigd.',
    noticeWhy: 'Je ontvangt deze e-mail omdat dit het adres van je 14voices-account is.',
  },
}

const paragraph = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`

/**
 * The confirmation email to the new address. Input: language, the person's name (may be empty),
 * the link (`${SERVER_URL}/<locale>/account/confirm-email?token=…`) and its lifetime in hours.
 */
export const emailChangeConfirmEmail = ({
  locale,
  name,
  url,
  hours,
}: {
  locale: Locale
  name: string
  url: string
  hours: number
}): RenderedEmail => {
  const c = copy[locale]
  const body = `${paragraph(c.hello(name))}${paragraph(c.confirmIntro)}
<p style="margin:24px 0 16px">${emailButton(c.confirmAction, url)}</p>
<p style="margin:0 0 12px;font-size:14px;color:#5b5a6e">${escapeHtml(c.confirmExpiry(hours))}<br>${escapeHtml(url)}</p>`
  return {
    subject: c.confirmSubject,
    text: [
      c.hello(name),
      c.confirmIntro,
      `${c.confirmAction}: ${url}`,
      c.confirmExpiry(hours),
    ].join('\n\n'),
    html: emailLayout({ locale, title: c.confirmSubject, body, why: c.confirmWhy }),
  }
}

/**
 * The notice to the old address. Input: language, name, and the new address already masked
 * (`maskEmail`), so the old mailbox learns that a change is pending, not the whole new address.
 */
export const emailChangeNoticeEmail = ({
  locale,
  name,
  maskedNewEmail,
}: {
  locale: Locale
  name: string
  maskedNewEmail: string
}): RenderedEmail => {
  const c = copy[locale]
  const body = `${paragraph(c.hello(name))}${paragraph(c.noticeIntro(maskedNewEmail))}${paragraph(c.noticeAdvice)}`
  return {
    subject: c.noticeSubject,
    text: [c.hello(name), c.noticeIntro(maskedNewEmail), c.noticeAdvice].join('\n\n'),
    html: emailLayout({ locale, title: c.noticeSubject, body, why: c.noticeWhy }),
  }
}
