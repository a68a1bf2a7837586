import { describe, expect, it } from 'vitest'

import { fileLinkLanding, isBrowserNavigation } from './fileLinkLanding'

const CHROME_NAVIGATION =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'

describe('isBrowserNavigation', () => {
  it.each([
    [
      'a navigation (Sec-Fetch-Dest: document)',
      { accept: CHROME_NAVIGATION, secFetchDest: 'document' },
      true,
    ],
    [
      'an old browser’s navigation (no Sec-Fetch-*)',
      { accept: CHROME_NAVIGATION, secFetchDest: null },
      true,
    ],
    ['an <audio> element', { accept: '*/*', secFetchDest: 'audio' }, false],
    ['fetch() from a page', { accept: '*/*', secFetchDest: 'empty' }, false],
    ['an API client asking for JSON', { accept: 'application/json', secFetchDest: null }, false],
    [
      'a client preferring JSON over HTML',
      { accept: 'application/json, text/html', secFetchDest: null },
      false,
    ],
    ['a client without Accept', { accept: null, secFetchDest: null }, false],
    [
      'a download link (Sec-Fetch-Dest: document even with download)',
      { accept: '*/*', secFetchDest: 'document' },
      true,
    ],
  ])('should tell %s', (_name, headers, expected) => {
    expect(isBrowserNavigation(headers)).toBe(expected)
  })
})

describe('fileLinkLanding', () => {
  it('should send a logged-out person to the login page, then to the file’s booking', () => {
    expect(fileLinkLanding({ bookingId: 12, loggedIn: false, locale: 'en' })).toBe(
      '/en/login?next=%2Fen%2Faccount%2Fbookings%2F12',
    )
  })

  it('should send someone logged in with another account to the booking page, which explains', () => {
    expect(fileLinkLanding({ bookingId: 12, loggedIn: true, locale: 'nl' })).toBe(
      '/nl/account/bookings/12',
    )
  })

  it('should fall back to the bookings list when the file’s booking is unknown', () => {
    expect(fileLinkLanding({ bookingId: null, loggedIn: false, locale: 'nl' })).toBe(
      '/nl/login?next=%2Fnl%2Faccount%2Fbookings',
    )
  })
})
