/**
 * Transactional emails in Dutch and English, as HTML and plain text. Pure: the sending task passes
 * the facts in; nothing here reads the database or the environment. Every value that came from a
 * user is escaped in the HTML.
 */

import { formatDateTime } from '@/domain/dateFormat'

export type Locale = 'nl' | 'en'

export const notificationKinds = [
  'booking_created_customer',
  'booking_created_staff',
  'script_received_artist',
  'script_received_customer',
  'production_started_customer',
  'delivery_ready_customer',
  'revision_requested_artist',
  'completed_customer',
  'completed_artist',
  'cancelled_customer',
  'cancelled_artist',
  'cancelled_staff',
  'deadline_reminder_artist',
  'overdue_artist',
  'overdue_staff',
  'auto_approval_warning_customer',
] as const
export type NotificationKind = (typeof notificationKinds)[number]

export type NotificationFacts = {
  recipientName: string
  bookingId: number
  projectTitle: string
  projectTypeLabel: string
  bookingUrl: string
  artistName: string
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
}

export type RenderedEmail = { subject: string; text: string; html: string }

const moneyFormats: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
}

/** Emails name the day of the week and the zone: "Friday 27 November 2026, 17:00 CET (Amsterdam)". */
const formatDate = (iso: string, locale: Locale): string =>
  formatDateTime(iso, { locale, weekday: true })
const formatMoney = (cents: number, locale: Locale): string =>
  moneyFormats[locale].format(cents / 100)

export const escapeHtml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** The words of one email: subject, what happened, what to do, which facts to show. */
type Copy = {
  subject: string
  intro: string[]
  action: string
  facts: (keyof typeof factLabels.en)[]
  quote?: { label: string; body: string } | null
  extraLink?: { label: string; url: string } | null
}

const factLabels = {
  en: {
    booking: 'Booking',
    project: 'Project',
    type: 'Type',
    artist: 'Voice artist',
    customer: 'Customer',
    deadline: 'Deadline',
    price: 'Price (excl. VAT)',
    version: 'Version',
    rush: 'Rush order',
    autoApproval: 'Approved automatically on',
  },
  nl: {
    booking: 'Boeking',
    project: 'Project',
    type: 'Soort',
    artist: 'Stemacteur',
    customer: 'Klant',
    deadline: 'Deadline',
    price: 'Prijs (excl. btw)',
    version: 'Versie',
    rush: 'Spoedopdracht',
    autoApproval: 'Automatisch goedgekeurd op',
  },
} as const

type FactKey = keyof typeof factLabels.en

const q = (title: string, locale: Locale) => (locale === 'nl' ? `“${title}”` : `“${title}”`)

const copyFor = (kind: NotificationKind, locale: Locale, f: NotificationFacts): Copy => {
  const title = q(f.projectTitle, locale)
  const nl = locale === 'nl'
  const v = f.version ?? 1
  const date = (iso?: string | null) => (iso ? formatDate(iso, locale) : '')
  const reason = f.cancellationReason?.trim()
  const reasonQuote = reason ? { label: nl ? 'Reden' : 'Reason', body: reason } : null
  switch (kind) {
    case 'booking_created_customer':
      return {
        subject: nl ? `Je boeking is ontvangen: ${title}` : `Your booking is confirmed: ${title}`,
        intro: nl
          ? [
              `Bedankt voor je boeking bij ${f.artistName}.`,
              'Upload je script zodat we aan de slag kunnen; de deadline gaat in zodra het script binnen is.',
            ]
          : [
              `Thank you for booking ${f.artistName}.`,
              'Upload your script so we can get started; the deadline runs from the moment it arrives.',
            ],
        action: nl ? 'Script uploaden' : 'Upload your script',
        facts: ['booking', 'project', 'type', 'artist', 'price', 'rush'],
      }
    case 'booking_created_staff':
      return {
        subject: nl ? `Nieuwe boeking: ${title}` : `New booking: ${title}`,
        intro: nl
          ? [`${f.customerName} heeft ${f.artistName} geboekt.`]
          : [`${f.customerName} booked ${f.artistName}.`],
        action: nl ? 'Boeking bekijken' : 'View the booking',
        facts: ['booking', 'project', 'type', 'customer', 'artist', 'price', 'rush'],
      }
    case 'script_received_artist':
      return {
        subject: nl ? `Nieuw script klaar: ${title}` : `New script ready: ${title}`,
        intro: nl
          ? [
              `Er staat een nieuw script voor je klaar van ${f.customerName}.`,
              'Open het script op je dashboard en start de productie wanneer je begint.',
            ]
          : [
              `A new script from ${f.customerName} is ready for you.`,
              'Open it on your dashboard and start production when you begin recording.',
            ],
        action: nl ? 'Script openen' : 'Open the script',
        facts: ['booking', 'project', 'type', 'customer', 'deadline', 'rush'],
      }
    case 'script_received_customer':
      return {
        subject: nl ? `Script ontvangen: ${title}` : `Script received: ${title}`,
        intro: nl
          ? [`We hebben je script ontvangen en ${f.artistName} heeft bericht gekregen.`]
          : [`We received your script and ${f.artistName} has been told.`],
        action: nl ? 'Boeking bekijken' : 'View your booking',
        facts: ['booking', 'project', 'artist', 'deadline'],
      }
    case 'production_started_customer':
      return {
        subject: nl ? `Opname gestart: ${title}` : `Recording started: ${title}`,
        intro: nl
          ? [`${f.artistName} is begonnen met de opname van je script.`]
          : [`${f.artistName} has started recording your script.`],
        action: nl ? 'Boeking bekijken' : 'View your booking',
        facts: ['booking', 'project', 'artist', 'deadline'],
      }
    case 'delivery_ready_customer':
      return {
        subject: nl ? `Versie ${v} staat klaar: ${title}` : `Version ${v} is ready: ${title}`,
        intro: nl
          ? [
              `${f.artistName} heeft versie ${v} geleverd. Luister hem af en keur hem goed, of vraag om een aanpassing.`,
              ...(f.autoApprovalDate
                ? [
                    `Horen we niets van je vóór ${date(f.autoApprovalDate)}, dan wordt deze versie automatisch goedgekeurd.`,
                  ]
                : []),
            ]
          : [
              `${f.artistName} delivered version ${v}. Listen to it, then approve it or ask for a revision.`,
              ...(f.autoApprovalDate
                ? [
                    `If we don’t hear from you by ${date(f.autoApprovalDate)}, this version is approved automatically.`,
                  ]
                : []),
            ],
        action: nl ? 'Luisteren en beoordelen' : 'Listen and review',
        facts: ['booking', 'project', 'artist', 'version', 'autoApproval'],
        quote: f.notes
          ? { label: nl ? 'Notities van de stemacteur' : 'Notes from the artist', body: f.notes }
          : null,
      }
    case 'revision_requested_artist':
      return {
        subject: nl ? `Aanpassing gevraagd: ${title}` : `Revision requested: ${title}`,
        intro: nl
          ? [
              `${f.customerName} vraagt om een aanpassing van versie ${v}.`,
              'Lever een nieuwe versie via je dashboard.',
            ]
          : [
              `${f.customerName} asked for a revision of version ${v}.`,
              'Deliver a new version from your dashboard.',
            ],
        action: nl ? 'Boeking openen' : 'Open the booking',
        facts: ['booking', 'project', 'version', 'deadline'],
        quote: f.notes
          ? { label: nl ? 'Wat moet er anders' : 'What should change', body: f.notes }
          : null,
      }
    case 'completed_customer':
      return {
        subject: nl ? `Afgerond: ${title}` : `Completed: ${title}`,
        intro: nl
          ? [
              f.autoApproved
                ? `Versie ${v} is automatisch goedgekeurd omdat de reactietermijn verstreken is.`
                : `Bedankt voor je goedkeuring van versie ${v}.`,
              f.invoiceUrl
                ? 'Je factuur staat klaar; je vindt hem ook op je boekingspagina.'
                : 'Je factuur volgt zo; je vindt hem op je boekingspagina.',
              'Bedankt dat je met 14voices werkt!',
            ]
          : [
              f.autoApproved
                ? `Version ${v} was approved automatically because the review period ended.`
                : `Thank you for approving version ${v}.`,
              f.invoiceUrl
                ? 'Your invoice is ready; you’ll also find it on your booking page.'
                : 'Your invoice follows shortly; you’ll find it on your booking page.',
              'Thank you for working with 14voices!',
            ],
        action: nl ? 'Boeking bekijken' : 'View your booking',
        facts: ['booking', 'project', 'artist', 'version', 'price'],
        extraLink: f.invoiceUrl
          ? {
              label: nl ? 'Factuur downloaden (PDF)' : 'Download the invoice (PDF)',
              url: f.invoiceUrl,
            }
          : null,
      }
    case 'completed_artist':
      return {
        subject: nl ? `Goedgekeurd: ${title}` : `Approved: ${title}`,
        intro: nl
          ? [
              f.autoApproved
                ? `Versie ${v} is automatisch goedgekeurd.`
                : `${f.customerName} heeft versie ${v} goedgekeurd. Goed gedaan!`,
            ]
          : [
              f.autoApproved
                ? `Version ${v} was approved automatically.`
                : `${f.customerName} approved version ${v}. Well done!`,
            ],
        action: nl ? 'Boeking bekijken' : 'View the booking',
        facts: ['booking', 'project', 'customer', 'version'],
      }
    case 'cancelled_customer':
    case 'cancelled_artist':
      return {
        subject: nl ? `Geannuleerd: ${title}` : `Cancelled: ${title}`,
        intro: nl
          ? [
              `De boeking ${title} is geannuleerd${f.cancelledBy === 'admin' ? ' door 14voices' : f.cancelledBy === 'customer' ? ' door de klant' : ''}.`,
            ]
          : [
              `The booking ${title} was cancelled${f.cancelledBy === 'admin' ? ' by 14voices' : f.cancelledBy === 'customer' ? ' by the customer' : ''}.`,
            ],
        action: nl ? 'Boeking bekijken' : 'View the booking',
        facts: ['booking', 'project', kind === 'cancelled_customer' ? 'artist' : 'customer'],
        quote: reasonQuote,
      }
    case 'cancelled_staff':
      return {
        subject: nl ? `Boeking geannuleerd: ${title}` : `Booking cancelled: ${title}`,
        intro: nl
          ? [
              `De boeking is geannuleerd door ${f.cancelledBy === 'customer' ? 'de klant' : f.cancelledBy === 'system' ? 'het systeem' : 'een beheerder'}.`,
            ]
          : [
              `The booking was cancelled by ${f.cancelledBy === 'customer' ? 'the customer' : f.cancelledBy === 'system' ? 'the system' : 'an admin'}.`,
            ],
        action: nl ? 'Boeking bekijken' : 'View the booking',
        facts: ['booking', 'project', 'customer', 'artist', 'price'],
        quote: reasonQuote,
      }
    case 'deadline_reminder_artist': {
      const hours = f.hoursLeft ?? 24
      return {
        subject: nl ? `Nog ${hours} uur: ${title}` : `${hours} hours left: ${title}`,
        intro: nl
          ? [`Herinnering: de deadline van ${title} is over ${hours} uur, ${date(f.deadline)}.`]
          : [`A reminder: ${title} is due in ${hours} hours, ${date(f.deadline)}.`],
        action: nl ? 'Opname leveren' : 'Deliver the recording',
        facts: ['booking', 'project', 'customer', 'deadline'],
      }
    }
    case 'overdue_artist':
      return {
        subject: nl ? `Deadline verstreken: ${title}` : `Deadline passed: ${title}`,
        intro: nl
          ? [
              `De deadline van ${title} is verstreken en er is nog geen opname geleverd.`,
              'Lever zo snel mogelijk, of laat het ons weten als er iets in de weg zit.',
            ]
          : [
              `The deadline for ${title} has passed and no recording has been delivered yet.`,
              'Please deliver as soon as you can, or let us know what is in the way.',
            ],
        action: nl ? 'Opname leveren' : 'Deliver the recording',
        facts: ['booking', 'project', 'customer', 'deadline'],
      }
    case 'overdue_staff':
      return {
        subject: nl ? `Te laat: ${title}` : `Overdue: ${title}`,
        intro: nl
          ? [`${f.artistName} heeft ${title} niet op tijd geleverd.`]
          : [`${f.artistName} has not delivered ${title} on time.`],
        action: nl ? 'Boeking bekijken' : 'View the booking',
        facts: ['booking', 'project', 'customer', 'artist', 'deadline'],
      }
    case 'auto_approval_warning_customer':
      return {
        subject: nl
          ? `Morgen automatisch goedgekeurd: ${title}`
          : `Approved automatically tomorrow: ${title}`,
        intro: nl
          ? [
              `Versie ${v} wacht nog op je beoordeling.`,
              `Keur hem goed of vraag om een aanpassing vóór ${date(f.autoApprovalDate)}; daarna wordt hij automatisch goedgekeurd.`,
            ]
          : [
              `Version ${v} is still waiting for your review.`,
              `Approve it or ask for a revision before ${date(f.autoApprovalDate)}; after that it is approved automatically.`,
            ],
        action: nl ? 'Nu beoordelen' : 'Review now',
        facts: ['booking', 'project', 'artist', 'version', 'autoApproval'],
      }
  }
}

const factValue = (key: FactKey, f: NotificationFacts, locale: Locale): string | null => {
  switch (key) {
    case 'booking':
      return `#${f.bookingId}`
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
      return typeof f.quotedPriceCents === 'number' ? formatMoney(f.quotedPriceCents, locale) : null
    case 'version':
      return typeof f.version === 'number' ? String(f.version) : null
    case 'rush':
      return f.rushOrder ? (locale === 'nl' ? 'Ja' : 'Yes') : null
    case 'autoApproval':
      return f.autoApprovalDate ? formatDate(f.autoApprovalDate, locale) : null
  }
}

const footer = {
  en: {
    brand: '14voices — voice-overs, booked online',
    why: 'You receive this email because of a booking on 14voices.',
  },
  nl: {
    brand: '14voices — voice-overs, online geboekt',
    why: 'Je ontvangt deze e-mail vanwege een boeking bij 14voices.',
  },
}

const greeting = (name: string, locale: Locale) =>
  locale === 'nl' ? (name ? `Hoi ${name},` : 'Hallo,') : name ? `Hi ${name},` : 'Hello,'

const multiline = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>')

const button = (label: string, url: string) =>
  `<a href="${escapeHtml(url)}" style="display:inline-block;background:#3730a3;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:999px">${escapeHtml(label)}</a>`

/** The frame every email shares: brand, white card, footer. `body` is already-escaped HTML. */
export const emailLayout = ({
  locale,
  title,
  body,
  why,
}: {
  locale: Locale
  title: string
  body: string
  why: string
}): string => `<!doctype html>
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
<tr><td style="padding-top:24px;font-size:12px;color:#5b5a6e;line-height:1.5">${escapeHtml(footer[locale].brand)}<br>${escapeHtml(why)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`

export const emailButton = (label: string, url: string) => button(label, url)

export const renderNotification = ({
  kind,
  locale,
  facts,
}: {
  kind: NotificationKind
  locale: Locale
  facts: NotificationFacts
}): RenderedEmail => {
  const copy = copyFor(kind, locale, facts)
  const rows: [string, string][] = copy.facts.flatMap((key): [string, string][] => {
    const value = factValue(key, facts, locale)
    return value ? [[factLabels[locale][key], value]] : []
  })
  const hello = greeting(facts.recipientName, locale)

  const text = [
    hello,
    '',
    ...copy.intro,
    ...(copy.quote ? ['', `${copy.quote.label}:`, copy.quote.body] : []),
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    `${copy.action}: ${facts.bookingUrl}`,
    ...(copy.extraLink ? [`${copy.extraLink.label}: ${copy.extraLink.url}`] : []),
    '',
    '—',
    footer[locale].brand,
    footer[locale].why,
  ].join('\n')

  const body = `<p style="margin:0 0 12px">${escapeHtml(hello)}</p>
${copy.intro.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join('\n')}
${
  copy.quote
    ? `<div style="margin:16px 0;padding:12px 16px;background:#f5f5fa;border-left:4px solid #3730a3;border-radius:4px"><strong>${escapeHtml(copy.quote.label)}</strong><br>${multiline(copy.quote.body)}</div>`
    : ''
}
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0;font-size:14px;border-collapse:collapse">
${rows.map(([label, value]) => `<tr><td style="padding:4px 16px 4px 0;color:#5b5a6e">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600">${escapeHtml(value)}</td></tr>`).join('\n')}
</table>
<p style="margin:24px 0 8px">${button(copy.action, facts.bookingUrl)}</p>
${copy.extraLink ? `<p style="margin:8px 0"><a href="${escapeHtml(copy.extraLink.url)}" style="color:#3730a3">${escapeHtml(copy.extraLink.label)}</a></p>` : ''}`
  const html = emailLayout({ locale, title: copy.subject, body, why: footer[locale].why })

  return { subject: copy.subject, text, html }
}
