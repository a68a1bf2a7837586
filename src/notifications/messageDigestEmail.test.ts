import { describe, expect, it } from 'vitest'

import { renderMessageDigest } from './messageDigestEmail'

const footer = {
  links: {
    terms: 'https://x.test/nl/terms',
    privacy: 'https://x.test/nl/privacy',
    contact: 'https://x.test/nl/contact',
  },
}

const digest = (locale: 'nl' | 'en', bodies: string[]) =>
  renderMessageDigest({
    locale,
    recipientName: 'Sanne',
    bookingId: 42,
    projectTitle: 'Jingle <b>',
    messages: bodies.map((body, i) => ({
      authorName: 'Acme BV',
      authorRole: 'customer',
      createdAt: `2026-11-30T1${i}:00:00Z`,
      body,
    })),
    threadUrl: 'https://x.test/nl/account/bookings/42#messages',
    footer,
  })

describe('message digest email', () => {
  it('should count the messages in the subject, in Dutch', () => {
    expect(digest('nl', ['a', 'b']).subject).toBe('2 nieuwe berichten over ‘Jingle <b>’')
  })

  it('should name one message in the singular, in English', () => {
    expect(digest('en', ['a']).subject).toBe('New message about “Jingle <b>”')
  })

  it('should list every message with its author, role and time with zone, oldest first', () => {
    const { text } = digest('en', ['First', 'Second'])
    expect([
      text.indexOf('Acme BV (customer) · 30 November 2026, 11:00 CET (Amsterdam):\nFirst') >= 0,
      text.indexOf('First') < text.indexOf('Second'),
      text.includes('https://x.test/nl/account/bookings/42#messages'),
    ]).toEqual([true, true, true])
  })

  it('should escape what people wrote in the HTML', () => {
    const { html } = digest('en', ['<script>alert(1)</script>\nline two'])
    expect([
      html.includes('<script>alert'),
      html.includes('&lt;script&gt;alert(1)&lt;/script&gt;<br>line two'),
      html.includes('Jingle &lt;b&gt;'),
    ]).toEqual([false, true, true])
  })
})
