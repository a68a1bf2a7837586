import { describe, expect, it } from 'vitest'

import { footerLinks } from './links'
import type { EmailFooter, Locale, NotificationFacts, NotificationKind } from './templates'
import { notificationKinds, renderNotification } from './templates'

const facts: NotificationFacts = {
  recipientName: 'Anna',
  bookingId: 42,
  projectTitle: 'Spring campaign',
  projectTypeLabel: 'Commercial',
  bookingUrl: 'https://14voices.example/nl/account/bookings/42',
  artistName: 'Sanne de Vries',
  customerName: 'Studio Noord B.V.',
  quotedPriceCents: 45_000,
  deadline: '2026-11-27T16:00:00.000Z',
  rushOrder: false,
  version: 2,
  notes: 'Slower, please.\nAnd warmer.',
  cancellationReason: 'Campaign postponed.',
  cancelledBy: 'customer',
  autoApprovalDate: '2026-12-01T10:00:00.000Z',
  hoursLeft: 24,
  invoiceUrl: 'https://14voices.example/api/invoices/file/14V-2026-0001.pdf',
  autoApproved: false,
}

const footerFor = (locale: Locale): EmailFooter => ({
  links: footerLinks({ serverUrl: 'https://14voices.example', locale }),
  company: { name: '14voices B.V.', address: 'Herengracht 14\n1015 BN Amsterdam' },
})

const render = (args: { kind: NotificationKind; locale: Locale; facts: NotificationFacts }) =>
  renderNotification({ ...args, footer: footerFor(args.locale) })

const locales: Locale[] = ['nl', 'en']
const cells = notificationKinds.flatMap((kind) => locales.map((locale) => ({ kind, locale })))

describe('renderNotification', () => {
  it.each(cells)(
    'should render $kind in $locale with the title, the link and no missing values',
    ({ kind, locale }) => {
      const email = render({ kind, locale, facts })
      const all = `${email.subject}\n${email.text}\n${email.html}`
      expect({
        subjectHasTitle: email.subject.includes('Spring campaign'),
        textHasLink: email.text.includes(facts.bookingUrl),
        htmlHasLink: email.html.includes(`href="${facts.bookingUrl}"`),
        htmlLang: email.html.includes(`lang="${locale}"`),
        leaks: /undefined|null|NaN|\[object|\b(email|facts|footer)\.|\.(subject|p\d|action)\b/.test(
          all,
        ),
      }).toEqual({
        subjectHasTitle: true,
        textHasLink: true,
        htmlHasLink: true,
        htmlLang: true,
        leaks: false,
      })
    },
  )

  it.each(notificationKinds)('should word %s differently in Dutch and English', (kind) => {
    const nl = render({ kind, locale: 'nl', facts })
    const en = render({ kind, locale: 'en', facts })
    expect(nl.subject).not.toBe(en.subject)
  })

  it('should escape a hostile title and notes in the HTML but keep them readable in the text', () => {
    const hostile = '<script>alert(1)</script> & "Co"'
    const email = render({
      kind: 'revision_requested_artist',
      locale: 'en',
      facts: { ...facts, projectTitle: hostile, notes: '<img src=x onerror=alert(1)>' },
    })
    expect({
      rawScript: email.html.includes('<script>'),
      rawImg: email.html.includes('<img'),
      escapedTitle: email.html.includes(
        '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;',
      ),
      textTitle: email.text.includes(hostile),
    }).toEqual({ rawScript: false, rawImg: false, escapedTitle: true, textTitle: true })
  })

  it('should keep the line breaks of revision notes in the HTML', () => {
    const email = render({ kind: 'revision_requested_artist', locale: 'nl', facts })
    expect(email.html).toContain('Slower, please.<br>And warmer.')
  })

  // 16:00 UTC on 27 November is 17:00 in Amsterdam (CET, UTC+1); the email names the zone.
  it.each([
    ['nl', 'vrijdag 27 november 2026 om 17:00 (Amsterdam-tijd, CET)'],
    ['en', 'Friday 27 November 2026, 17:00 CET (Amsterdam)'],
  ] as const)(
    'should give the deadline in Amsterdam time with its zone (%s)',
    (locale, expected) => {
      const email = render({ kind: 'script_received_artist', locale, facts })
      expect(email.text).toContain(expected)
      expect(email.html).toContain(expected)
    },
  )

  // 16:00 UTC on 26 June is 18:00 in Amsterdam (CEST, UTC+2, summer time).
  it.each([
    ['nl', 'vrijdag 26 juni 2026 om 18:00 (Amsterdam-tijd, CEST)'],
    ['en', 'Friday 26 June 2026, 18:00 CEST (Amsterdam)'],
  ] as const)('should name summer time in summer (%s)', (locale, expected) => {
    const email = render({
      kind: 'script_received_artist',
      locale,
      facts: { ...facts, deadline: '2026-06-26T16:00:00.000Z' },
    })
    expect(email.text).toContain(expected)
  })

  it.each([
    ['nl', '€ 450,00'],
    ['en', '€450.00'],
  ] as const)('should format the price for %s readers', (locale, expected) => {
    const email = render({ kind: 'booking_created_customer', locale, facts })
    expect(email.text.replace(/\u00a0/g, ' ')).toContain(expected)
  })

  it('should tell the customer when a delivery will be approved automatically', () => {
    const email = render({ kind: 'delivery_ready_customer', locale: 'en', facts })
    expect(email.text).toContain('Tuesday 1 December 2026, 11:00 CET (Amsterdam)')
  })

  it('should link the invoice in the completion email only when there is one', () => {
    const withInvoice = render({ kind: 'completed_customer', locale: 'en', facts })
    const without = render({
      kind: 'completed_customer',
      locale: 'en',
      facts: { ...facts, invoiceUrl: null },
    })
    expect([
      withInvoice.html.includes(facts.invoiceUrl as string),
      without.html.includes('/api/invoices/'),
    ]).toEqual([true, false])
  })

  it.each([24, 4])('should count down %i hours in the deadline reminder', (hoursLeft) => {
    const email = render({
      kind: 'deadline_reminder_artist',
      locale: 'en',
      facts: { ...facts, hoursLeft },
    })
    expect(email.subject).toBe(`${hoursLeft} hours left: “Spring campaign”`)
  })

  it('should greet without a name when none is known', () => {
    const email = render({
      kind: 'booking_created_staff',
      locale: 'nl',
      facts: { ...facts, recipientName: '' },
    })
    expect(email.text.startsWith('Hallo,')).toBe(true)
  })

  it('should tell the customer the cancellation reason', () => {
    const email = render({ kind: 'cancelled_customer', locale: 'nl', facts })
    expect(email.text).toContain('Campaign postponed.')
  })

  it.each([
    ['nl', 'Voorwaarden', 'Privacy', 'Contact'],
    ['en', 'Terms', 'Privacy', 'Contact'],
  ] as const)(
    'should link the terms, privacy and contact pages in %s from every footer',
    (locale, terms, privacy, contact) => {
      const pages = ['terms', 'privacy', 'contact'].map(
        (page) => `https://14voices.example/${locale}/${page}`,
      )
      const emails = notificationKinds.map((kind) => render({ kind, locale, facts }))
      expect({
        html: emails.every((e) => pages.every((url) => e.html.includes(`href="${url}"`))),
        text: emails.every((e) =>
          [`${terms}: ${pages[0]}`, `${privacy}: ${pages[1]}`, `${contact}: ${pages[2]}`].every(
            (line) => e.text.includes(line),
          ),
        ),
      }).toEqual({ html: true, text: true })
    },
  )

  it('should show the agency’s name and address in the footer', () => {
    const email = render({ kind: 'booking_created_customer', locale: 'nl', facts })
    expect([
      email.text.includes('14voices B.V., Herengracht 14, 1015 BN Amsterdam'),
      email.html.includes('14voices B.V., Herengracht 14, 1015 BN Amsterdam'),
    ]).toEqual([true, true])
  })

  it('should escape the company details and links of the footer', () => {
    const email = renderNotification({
      kind: 'booking_created_staff',
      locale: 'en',
      facts,
      footer: {
        links: footerLinks({ serverUrl: 'https://14voices.example/"><x', locale: 'en' }),
        company: { name: '<b>Evil</b> & Co', address: '' },
      },
    })
    expect([email.html.includes('<b>Evil'), email.html.includes('"><x')]).toEqual([false, false])
  })

  it('should link the artist to their dashboard in their language', () => {
    const email = render({
      kind: 'script_received_artist',
      locale: 'nl',
      facts: { ...facts, dashboardUrl: 'https://14voices.example/nl/dashboard' },
    })
    expect([
      email.text.includes('Al je boekingen op je dashboard: https://14voices.example/nl/dashboard'),
      email.html.includes('href="https://14voices.example/nl/dashboard"'),
    ]).toEqual([true, true])
  })

  it('should name the project type and say yes to a rush order in Dutch', () => {
    const email = render({
      kind: 'booking_created_customer',
      locale: 'nl',
      facts: { ...facts, rushOrder: true, projectTypeLabel: 'Bedrijfsfilm' },
    })
    expect([
      email.text.includes('Soort: Bedrijfsfilm'),
      email.text.includes('Spoedopdracht: Ja'),
    ]).toEqual([true, true])
  })

  it.each([
    ['admin', 'nl', 'De boeking “Spring campaign” is geannuleerd door 14voices.'],
    ['customer', 'en', 'The booking “Spring campaign” was cancelled by the customer.'],
    ['system', 'en', 'The booking “Spring campaign” was cancelled.'],
  ] as const)('should say who cancelled (%s, %s)', (cancelledBy, locale, sentence) => {
    const email = render({
      kind: 'cancelled_artist',
      locale,
      facts: { ...facts, cancelledBy },
    })
    expect(email.text).toContain(sentence)
  })

  it('should say one hour, not one hours, in an English reminder', () => {
    const email = render({
      kind: 'deadline_reminder_artist',
      locale: 'en',
      facts: { ...facts, hoursLeft: 1 },
    })
    expect(email.subject).toBe('1 hour left: “Spring campaign”')
  })
})
