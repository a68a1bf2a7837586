/**
 * Transactional emails in Dutch and English, as HTML and plain text, worded from the `email`
 * message catalogue (`src/i18n/messages/<locale>/email.json`). Pure: the sending task passes the
 * facts and the links in; nothing here reads the database or the environment. Every value that came
 * from a user is escaped in the HTML.
 */

import { formatDate as formatDateOnly, formatDateTime } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

import type { FooterLinks } from './links'

export type { Locale } from '@/i18n/locales'

export const notificationKinds = [
  'booking_created_customer',
  'booking_created_staff',
  'script_received_artist',
  'script_received_customer',
  'script_replaced_artist',
  'production_started_customer',
  'delivery_ready_customer',
  'revision_requested_artist',
  'revision_requested_customer',
  'completed_customer',
  'completed_artist',
  'cancelled_customer',
  'cancelled_artist',
  'cancelled_staff',
  'deadline_reminder_artist',
  'overdue_artist',
  'overdue_staff',
  'auto_approval_warning_customer',
  'invoice_corrected_customer',
  'licence_expiring_customer',
] as const
export type NotificationKind = (typeof notificationKinds)[number]

export type NotificationFacts = {
  recipientName: string
  bookingId: number
  /** The human booking number ("BK-2026-00042"); null for bookings made before references existed. */
  reference?: string | null
  projectTitle: string
  projectTypeLabel: string
  /** The booking's page in the recipient's language (`/<locale>/account/bookings/<id>`). */
  bookingUrl: string
  /** The artist's dashboard in their language; shown under the action in artists' emails. */
  dashboardUrl?: string | null
  artistName: string
  /**
   * The artist's email sent to the agency because the booking's artist has no account: it opens by
   * saying so and its subject names the artist.
   */
  forwardForArtist?: boolean
  customerName: string
  quotedPriceCents?: number | null
  deadline?: string | null
  rushOrder?: boolean
  version?: number | null
  notes?: string | null
  cancellationReason?: string | null
  cancelledBy?: 'customer' | 'admin' | 'system' | null
  autoApprovalDate?: string | null
  hoursLeft?: number | null
  invoiceUrl?: string | null
  autoApproved?: boolean
  /** A revision request: the deadline before it (the new one is `deadline`). */
  previousDeadline?: string | null
  /** A revision request: the round's fee in cents excl. VAT when billable, null when it is free. */
  revisionFeeCents?: number | null
  /** A licence reminder: when the licence ends (ISO instant), days left, the licences page. */
  licenceEndsAt?: string | null
  daysLeft?: number | null
  licencesUrl?: string | null
  /** The booking renews a usage licence (`kind: 'renewal'`): its completion emails say so. */
  renewal?: boolean
}

/**
 * What every email's footer shows besides the brand: links to the site's terms, privacy and contact
 * pages in the recipient's language, and the agency's name and address (Company global) when known.
 */
export type EmailFooter = {
  links: FooterLinks
  company?: { name: string; address: string } | null
}

export type RenderedEmail = { subject: string; text: string; html: string }

/** Emails name the day of the week and the zone: "Friday 27 November 2026, 17:00 CET (Amsterdam)". */
const formatDate = (iso: string, locale: Locale): string =>
  formatDateTime(iso, { locale, weekday: true })

/** `value` safe inside HTML text and double- or single-quoted attributes (& < > " ' escaped). */
export const escapeHtml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

type FactKey =
  | 'booking'
  | 'project'
  | 'type'
  | 'artist'
  | 'customer'
  | 'deadline'
  | 'price'
  | 'version'
  | 'rush'
  | 'autoApproval'

/** The words of one email: subject, what happened, what to do, which facts to show. */
type Copy = {
  subject: string
  intro: string[]
  action: string
  facts: FactKey[]
  quote?: { label: string; body: string } | null
  extraLink?: { label: string; url: string } | null
}

/** "The new deadline is … (was …)." for a revision request, in `locale`; nothing without one. */
const revisionDeadlineLine = (locale: Locale, f: NotificationFacts): string[] => {
  if (!f.deadline) return []
  const r = translatorFor(locale, 'review')
  const date = formatDate(f.deadline, locale)
  return f.previousDeadline && f.previousDeadline !== f.deadline
    ? [r('email.newDeadlineWas', { date, previous: formatDate(f.previousDeadline, locale) })]
    : [r('email.newDeadline', { date })]
}

const copyFor = (kind: NotificationKind, locale: Locale, f: NotificationFacts): Copy => {
  const t = translatorFor(locale, 'email')
  const title = f.projectTitle
  const version = f.version ?? 1
  const date = (iso?: string | null) => (iso ? formatDate(iso, locale) : '')
  const reason = f.cancellationReason?.trim()
  const reasonQuote = reason ? { label: t('reason'), body: reason } : null
  const names = { title, artist: f.artistName, customer: f.customerName, version }
  switch (kind) {
    case 'booking_created_customer':
      return {
        subject: t('booking_created_customer.subject', names),
        intro: [t('booking_created_customer.p1', names), t('booking_created_customer.p2')],
        action: t('booking_created_customer.action'),
        facts: ['booking', 'project', 'type', 'artist', 'price', 'rush'],
      }
    case 'booking_created_staff':
      return {
        subject: t('booking_created_staff.subject', names),
        intro: [t('booking_created_staff.p1', names)],
        action: t('booking_created_staff.action'),
        facts: ['booking', 'project', 'type', 'customer', 'artist', 'price', 'rush'],
      }
    case 'script_received_artist':
      return {
        subject: t('script_received_artist.subject', names),
        intro: [t('script_received_artist.p1', names), t('script_received_artist.p2')],
        action: t('script_received_artist.action'),
        facts: ['booking', 'project', 'type', 'customer', 'deadline', 'rush'],
      }
    case 'script_received_customer':
      return {
        subject: t('script_received_customer.subject', names),
        intro: [t('script_received_customer.p1', names)],
        action: t('script_received_customer.action'),
        facts: ['booking', 'project', 'artist', 'deadline'],
      }
    case 'script_replaced_artist': {
      const tf = translatorFor(locale, 'bookingFlow')
      return {
        subject: tf('email.script_replaced_artist.subject', names),
        intro: [
          tf('email.script_replaced_artist.p1', names),
          tf('email.script_replaced_artist.p2'),
        ],
        action: tf('email.script_replaced_artist.action'),
        facts: ['booking', 'project', 'type', 'customer', 'deadline'],
      }
    }
    case 'production_started_customer':
      return {
        subject: t('production_started_customer.subject', names),
        intro: [t('production_started_customer.p1', names)],
        action: t('production_started_customer.action'),
        facts: ['booking', 'project', 'artist', 'deadline'],
      }
    case 'delivery_ready_customer':
      return {
        subject: t('delivery_ready_customer.subject', names),
        intro: [
          t('delivery_ready_customer.p1', names),
          ...(f.autoApprovalDate
            ? [t('delivery_ready_customer.p2', { date: date(f.autoApprovalDate) })]
            : []),
        ],
        action: t('delivery_ready_customer.action'),
        facts: ['booking', 'project', 'artist', 'version', 'autoApproval'],
        quote: f.notes ? { label: t('delivery_ready_customer.quote'), body: f.notes } : null,
      }
    case 'revision_requested_artist':
      return {
        subject: t('revision_requested_artist.subject', names),
        intro: [
          t('revision_requested_artist.p1', names),
          ...revisionDeadlineLine(locale, f),
          t('revision_requested_artist.p2'),
        ],
        action: t('revision_requested_artist.action'),
        facts: ['booking', 'project', 'version', 'deadline'],
        quote: f.notes ? { label: t('revision_requested_artist.quote'), body: f.notes } : null,
      }
    case 'revision_requested_customer': {
      const r = translatorFor(locale, 'review')
      return {
        subject: r('email.customer.subject', names),
        intro: [
          r('email.customer.p1', names),
          ...revisionDeadlineLine(locale, f),
          typeof f.revisionFeeCents === 'number'
            ? r('email.customer.billable', { fee: formatEuro(f.revisionFeeCents, locale) })
            : r('email.customer.free'),
        ],
        action: r('email.customer.action'),
        facts: ['booking', 'project', 'artist', 'version', 'deadline'],
        quote: f.notes ? { label: r('email.customer.quote'), body: f.notes } : null,
      }
    }
    case 'completed_customer':
      return {
        subject: f.renewal
          ? translatorFor(locale, 'licences')('email.renewedSubject', names)
          : t('completed_customer.subject', names),
        intro: [
          f.renewal
            ? translatorFor(locale, 'licences')('email.renewedCustomer', {
                title,
                date: f.licenceEndsAt ? formatDateOnly(f.licenceEndsAt, { locale }) : 'none',
              })
            : t('completed_customer.p1', { version, auto: f.autoApproved ? 'yes' : 'no' }),
          t('completed_customer.p2', { invoice: f.invoiceUrl ? 'yes' : 'no' }),
          t('completed_customer.p3'),
        ],
        action: t('completed_customer.action'),
        facts: ['booking', 'project', 'artist', 'version', 'price'],
        extraLink: f.invoiceUrl
          ? { label: t('completed_customer.invoice'), url: f.invoiceUrl }
          : null,
      }
    case 'completed_artist':
      return {
        subject: f.renewal
          ? translatorFor(locale, 'licences')('email.renewedSubject', names)
          : t('completed_artist.subject', names),
        intro: [
          f.renewal
            ? translatorFor(locale, 'licences')('email.renewedArtist', {
                title,
                customer: f.customerName,
                date: f.licenceEndsAt ? formatDateOnly(f.licenceEndsAt, { locale }) : 'none',
              })
            : t('completed_artist.p1', {
                version,
                customer: f.customerName,
                auto: f.autoApproved ? 'yes' : 'no',
              }),
        ],
        action: t('completed_artist.action'),
        facts: ['booking', 'project', 'customer', 'version'],
      }
    case 'cancelled_customer':
    case 'cancelled_artist':
      return {
        subject: t('cancelled_party.subject', names),
        intro: [t('cancelled_party.p1', { title, by: f.cancelledBy ?? 'unknown' })],
        action: t('cancelled_party.action'),
        facts: ['booking', 'project', kind === 'cancelled_customer' ? 'artist' : 'customer'],
        quote: reasonQuote,
      }
    case 'cancelled_staff':
      return {
        subject: t('cancelled_staff.subject', names),
        intro: [t('cancelled_staff.p1', { by: f.cancelledBy ?? 'admin' })],
        action: t('cancelled_staff.action'),
        facts: ['booking', 'project', 'customer', 'artist', 'price'],
        quote: reasonQuote,
      }
    case 'deadline_reminder_artist': {
      const hours = f.hoursLeft ?? 24
      return {
        subject: t('deadline_reminder_artist.subject', { title, hours }),
        intro: [t('deadline_reminder_artist.p1', { title, hours, date: date(f.deadline) })],
        action: t('deadline_reminder_artist.action'),
        facts: ['booking', 'project', 'customer', 'deadline'],
      }
    }
    case 'overdue_artist':
      return {
        subject: t('overdue_artist.subject', names),
        intro: [t('overdue_artist.p1', names), t('overdue_artist.p2')],
        action: t('overdue_artist.action'),
        facts: ['booking', 'project', 'customer', 'deadline'],
      }
    case 'overdue_staff':
      return {
        subject: t('overdue_staff.subject', names),
        intro: [t('overdue_staff.p1', names)],
        action: t('overdue_staff.action'),
        facts: ['booking', 'project', 'customer', 'artist', 'deadline'],
      }
    case 'auto_approval_warning_customer':
      return {
        subject: t('auto_approval_warning_customer.subject', names),
        intro: [
          t('auto_approval_warning_customer.p1', names),
          t('auto_approval_warning_customer.p2', { date: date(f.autoApprovalDate) }),
        ],
        action: t('auto_approval_warning_customer.action'),
        facts: ['booking', 'project', 'artist', 'version', 'autoApproval'],
      }
    case 'invoice_corrected_customer': {
      const tb = translatorFor(locale, 'billingDetails')
      return {
        subject: tb('email.subject', names),
        intro: [tb('email.p1', names), tb('email.p2')],
        action: tb('email.action'),
        facts: ['booking', 'project', 'price'],
        extraLink: f.invoiceUrl ? { label: tb('email.invoice'), url: f.invoiceUrl } : null,
      }
    }
    case 'licence_expiring_customer': {
      const tl = translatorFor(locale, 'licences')
      const ends = f.licenceEndsAt ? formatDateOnly(f.licenceEndsAt, { locale }) : ''
      return {
        subject: tl('email.subject', { title, date: ends }),
        intro: [tl('email.p1', { title, date: ends, days: f.daysLeft ?? 0 }), tl('email.p2')],
        action: tl('email.action'),
        facts: ['booking', 'project', 'artist'],
        extraLink: f.licencesUrl ? { label: tl('email.licences'), url: f.licencesUrl } : null,
      }
    }
  }
}

const factValue = (key: FactKey, f: NotificationFacts, locale: Locale): string | null => {
  switch (key) {
    case 'booking':
      return f.reference || `#${f.bookingId}`
    case 'project':
      return f.projectTitle
    case 'type':
      return f.projectTypeLabel || null
    case 'artist':
      return f.artistName || null
    case 'customer':
      return f.customerName || null
    case 'deadline':
      return f.deadline ? formatDate(f.deadline, locale) : null
    case 'price':
      return typeof f.quotedPriceCents === 'number' ? formatEuro(f.quotedPriceCents, locale) : null
    case 'version':
      return typeof f.version === 'number' ? String(f.version) : null
    case 'rush':
      return f.rushOrder ? translatorFor(locale, 'email')('yes') : null
    case 'autoApproval':
      return f.autoApprovalDate ? formatDate(f.autoApprovalDate, locale) : null
  }
}

const greeting = (name: string, locale: Locale) => {
  const t = translatorFor(locale, 'email')
  return name ? t('helloName', { name }) : t('hello')
}

const multiline = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>')

const LINK_STYLE = 'color:#5b5a6e'

/** A call-to-action button; `label` and `url` are escaped here. */
export const emailButton = (label: string, url: string): string =>
  `<a href="${escapeHtml(url)}" style="display:inline-block;background:#3730a3;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:999px">${escapeHtml(label)}</a>`

/** Why the person receives the email, for the footer. */
export type EmailReason = 'whyBooking' | 'whyReset' | 'whyNewAddress' | 'whyAccountAddress'

const footerLines = (locale: Locale, footer: EmailFooter, why: EmailReason) => {
  const t = translatorFor(locale, 'email')
  const company = footer.company?.name
    ? [footer.company.name, ...footer.company.address.split('\n')]
        .map((l) => l.trim())
        .filter(Boolean)
        .join(', ')
    : null
  return {
    brand: t('footer.brand'),
    why: t(`footer.${why}`),
    company,
    links: [
      { label: t('footer.terms'), url: footer.links.terms },
      { label: t('footer.privacy'), url: footer.links.privacy },
      { label: t('footer.contact'), url: footer.links.contact },
    ],
  }
}

/** The footer as plain text: "—", brand, reason, company, then one "label: url" line per page. */
export const emailTextFooter = ({
  locale,
  footer,
  why,
}: {
  locale: Locale
  footer: EmailFooter
  why: EmailReason
}): string[] => {
  const lines = footerLines(locale, footer, why)
  return [
    '—',
    lines.brand,
    lines.why,
    ...(lines.company ? [lines.company] : []),
    ...lines.links.map((l) => `${l.label}: ${l.url}`),
  ]
}

/**
 * The frame every email shares: brand, white card, footer (brand, why the person receives it, the
 * agency's name and address, links to terms, privacy and contact in their language). `body` is
 * already-escaped HTML; everything else is escaped here.
 */
export const emailLayout = ({
  locale,
  title,
  body,
  footer,
  why,
}: {
  locale: Locale
  title: string
  body: string
  footer: EmailFooter
  why: EmailReason
}): string => {
  const lines = footerLines(locale, footer, why)
  const links = lines.links
    .map((l) => `<a href="${escapeHtml(l.url)}" style="${LINK_STYLE}">${escapeHtml(l.label)}</a>`)
    .join(' · ')
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f5f5fa;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1c1b29">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5fa;padding:24px 12px">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;padding:28px">
<tr><td style="font-size:20px;font-weight:700;padding-bottom:16px">14voices</td></tr>
<tr><td style="font-size:16px;line-height:1.5">
${body}
</td></tr>
<tr><td style="padding-top:24px;font-size:12px;color:#5b5a6e;line-height:1.5">${escapeHtml(lines.brand)}<br>${escapeHtml(lines.why)}${lines.company ? `<br>${escapeHtml(lines.company)}` : ''}<br>${links}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`
}

/** The subject with the booking number after it ("… [BK-2026-00042]"), when the booking has one. */
const withReference = (subject: string, reference: string | null | undefined, locale: Locale) =>
  reference
    ? translatorFor(locale, 'bookingFlow')('email.subjectWithReference', { subject, reference })
    : subject

/**
 * One notification as subject, plain text and HTML in `locale`, worded from the `email` catalogue.
 * In: the kind, the recipient's language, the facts (money in integer cents, instants as ISO
 * strings, shown on the Amsterdam clock with their zone) and the footer. Throws nothing.
 */
export const renderNotification = ({
  kind,
  locale,
  facts,
  footer,
}: {
  kind: NotificationKind
  locale: Locale
  facts: NotificationFacts
  footer: EmailFooter
}): RenderedEmail => {
  const t = translatorFor(locale, 'email')
  const copy = copyFor(kind, locale, facts)
  const rows: [string, string][] = copy.facts.flatMap((key): [string, string][] => {
    const value = factValue(key, facts, locale)
    return value ? [[t(`facts.${key}`), value]] : []
  })
  const forwarded = facts.forwardForArtist
    ? t('artistWithoutAccount.intro', { artist: facts.artistName })
    : null
  const hello = greeting(facts.recipientName, locale)
  const dashboard = facts.dashboardUrl ? { label: t('dashboard'), url: facts.dashboardUrl } : null
  const links = [copy.extraLink, dashboard].filter((l): l is { label: string; url: string } =>
    Boolean(l),
  )

  const text = [
    ...(forwarded ? [forwarded, ''] : []),
    hello,
    '',
    ...copy.intro,
    ...(copy.quote ? ['', `${copy.quote.label}:`, copy.quote.body] : []),
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    `${copy.action}: ${facts.bookingUrl}`,
    ...links.map((l) => `${l.label}: ${l.url}`),
    '',
    ...emailTextFooter({ locale, footer, why: 'whyBooking' }),
  ].join('\n')

  const body = `${forwarded ? `<p style="margin:0 0 16px;padding:12px 16px;background:#fff3d6;border-radius:4px">${escapeHtml(forwarded)}</p>\n` : ''}<p style="margin:0 0 12px">${escapeHtml(hello)}</p>
${copy.intro.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join('\n')}
${
  copy.quote
    ? `<div style="margin:16px 0;padding:12px 16px;background:#f5f5fa;border-left:4px solid #3730a3;border-radius:4px"><strong>${escapeHtml(copy.quote.label)}</strong><br>${multiline(copy.quote.body)}</div>`
    : ''
}
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0;font-size:14px;border-collapse:collapse">
${rows.map(([label, value]) => `<tr><td style="padding:4px 16px 4px 0;color:#5b5a6e">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600">${escapeHtml(value)}</td></tr>`).join('\n')}
</table>
<p style="margin:24px 0 8px">${emailButton(copy.action, facts.bookingUrl)}</p>
${links.map((l) => `<p style="margin:8px 0"><a href="${escapeHtml(l.url)}" style="color:#3730a3">${escapeHtml(l.label)}</a></p>`).join('\n')}`
  const html = emailLayout({ locale, title: copy.subject, body, footer, why: 'whyBooking' })

  const subject = facts.forwardForArtist
    ? t('artistWithoutAccount.subject', { artist: facts.artistName, subject: copy.subject })
    : copy.subject
  return { subject: withReference(subject, facts.reference, locale), text, html }
}
