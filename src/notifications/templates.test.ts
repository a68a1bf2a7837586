import { describe, expect, it } from 'vitest'

import type { Locale, NotificationFacts } from './templates'
import { notificationKinds, renderNotification } from './templates'

const facts: NotificationFacts = {
  recipientName: 'Anna',
  bookingId: 42,
  projectTitle: 'Spring campaign',
  projectTypeLabel: 'Commercial',
  bookingUrl: 'https://14voices.example/account/bookings/42',
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

const locales: Locale[] = ['nl', 'en']
const cells = notificationKinds.flatMap((kind) => locales.map((locale) => ({ kind, locale })))

describe('renderNotification', () => {
  it.each(cells)(
    'should render $kind in $locale with the title, the link and no missing values',
    ({ kind, locale }) => {
      const email = renderNotification({ kind, locale, facts })
      const all = `${email.subject}\n${email.text}\n${email.html}`
      expect({
        subjectHasTitle: email.subject.includes('Spring campaign'),
        textHasLink: email.text.includes(facts.bookingUrl),
        htmlHasLink: email.html.includes(`href="${facts.bookingUrl}"`),
        htmlLang: email.html.includes(`lang="${locale}"`),
        leaks: /undefined|null|NaN|\[object/.test(all),
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
    const nl = renderNotification({ kind, locale: 'nl', facts })
    const en = renderNotification({ kind, locale: 'en', facts })
    expect(nl.subject).not.toBe(en.subject)
  })

  it('should escape a hostile title and notes in the HTML but keep them readable in the text', () => {
    const hostile = '<script>alert(1)</script> & "Co"'
    const email = renderNotification({
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
    const email = renderNotification({ kind: 'revision_requested_artist', locale: 'nl', facts })
    expect(email.html).toContain('Slower, please.<br>And warmer.')
  })

  // 16:00 UTC on 27 November is 17:00 in Amsterdam (CET, UTC+1); the email names the zone.
  it.each([
    ['nl', 'vrijdag 27 november 2026 om 17:00 (Amsterdam-tijd, CET)'],
    ['en', 'Friday 27 November 2026, 17:00 CET (Amsterdam)'],
  ] as const)(
    'should give the deadline in Amsterdam time with its zone (%s)',
    (locale, expected) => {
      const email = renderNotification({ kind: 'script_received_artist', locale, facts })
      expect(email.text).toContain(expected)
      expect(email.html).toContain(expected)
    },
  )

  // 16:00 UTC on 26 June is 18:00 in Amsterdam (CEST, UTC+2, summer time).
  it.each([
    ['nl', 'vrijdag 26 juni 2026 om 18:00 (Amsterdam-tijd, CEST)'],
    ['en', 'Friday 26 June 2026, 18:00 CEST (Amsterdam)'],
  ] as const)('should name summer time in summer (%s)', (locale, expected) => {
    const email = renderNotification({
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
    const email = renderNotification({ kind: 'booking_created_customer', locale, facts })
    expect(email.text.replace(/\u00a0/g, ' ')).toContain(expected)
  })

  it('should tell the customer when a delivery will be approved automatically', () => {
    const email = renderNotification({ kind: 'delivery_ready_customer', locale: 'en', facts })
    expect(email.text).toContain('Tuesday 1 December 2026, 11:00 CET (Amsterdam)')
  })

  it('should link the invoice in the completion email only when there is one', () => {
    const withInvoice = renderNotification({ kind: 'completed_customer', locale: 'en', facts })
    const without = renderNotification({
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
    const email = renderNotification({
      kind: 'deadline_reminder_artist',
      locale: 'en',
      facts: { ...facts, hoursLeft },
    })
    expect(email.subject).toBe(`${hoursLeft} hours left: “Spring campaign”`)
  })

  it('should greet without a name when none is known', () => {
    const email = renderNotification({
      kind: 'booking_created_staff',
      locale: 'nl',
      facts: { ...facts, recipientName: '' },
    })
    expect(email.text.startsWith('Hallo,')).toBe(true)
  })

  it('should tell the customer the cancellation reason', () => {
    const email = renderNotification({ kind: 'cancelled_customer', locale: 'nl', facts })
    expect(email.text).toContain('Campaign postponed.')
  })
})
