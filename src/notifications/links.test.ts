import { describe, expect, it } from 'vitest'

import { bookingLink, dashboardLink, fileLink, footerLinks, resetPasswordLink } from './links'

const serverUrl = 'https://14voices.example/'

describe('email links', () => {
  it.each(['nl', 'en'] as const)('should prefix the booking page with %s', (locale) => {
    expect(bookingLink({ serverUrl, locale, bookingId: 7 })).toBe(
      `https://14voices.example/${locale}/account/bookings/7`,
    )
  })

  it('should prefix the artist dashboard with the language', () => {
    expect(dashboardLink({ serverUrl, locale: 'en' })).toBe('https://14voices.example/en/dashboard')
  })

  it('should encode the reset token in the site reset page link', () => {
    expect(resetPasswordLink({ serverUrl, locale: 'nl', token: 'a/b+c' })).toBe(
      'https://14voices.example/nl/reset-password?token=a%2Fb%2Bc',
    )
  })

  it('should link the terms, privacy and contact pages in the language', () => {
    expect(footerLinks({ serverUrl, locale: 'en' })).toEqual({
      terms: 'https://14voices.example/en/terms',
      privacy: 'https://14voices.example/en/privacy',
      contact: 'https://14voices.example/en/contact',
    })
  })
})

describe('fileLink', () => {
  it('should make a stored file URL absolute and tag it with the recipient’s language', () => {
    expect(fileLink({ serverUrl, locale: 'en', url: '/api/invoices/file/14V-2026-0001.pdf' })).toBe(
      'https://14voices.example/api/invoices/file/14V-2026-0001.pdf?lang=en',
    )
  })
})
