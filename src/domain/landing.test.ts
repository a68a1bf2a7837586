import { describe, expect, it } from 'vitest'

import { landingPath, localizedPath, withoutLocale } from './landing'

describe('landingPath', () => {
  it('should send an artist to the dashboard in the page’s language', () => {
    expect(landingPath({ role: 'voiceover', next: null, locale: 'en' })).toBe('/en/dashboard')
  })

  it('should send an artist to the dashboard rather than the public page they were on', () => {
    expect(landingPath({ role: 'voiceover', next: '/voiceovers/sanne', locale: 'nl' })).toBe(
      '/nl/dashboard',
    )
  })

  it('should send an artist who followed a booking link to that booking', () => {
    expect(landingPath({ role: 'voiceover', next: '/account/bookings/12', locale: 'nl' })).toBe(
      '/nl/account/bookings/12',
    )
  })

  it('should send a customer who followed a booking link to that booking', () => {
    expect(landingPath({ role: 'customer', next: '/account/bookings/12', locale: 'en' })).toBe(
      '/en/account/bookings/12',
    )
  })

  it('should send a customer back to the page they clicked “Log in” on, query included', () => {
    expect(
      landingPath({ role: 'customer', next: '/voiceovers/anna?tab=demos', locale: 'nl' }),
    ).toBe('/nl/voiceovers/anna?tab=demos')
  })

  it('should send a customer back to the home page they were on', () => {
    expect(landingPath({ role: 'customer', next: '/', locale: 'en' })).toBe('/en')
  })

  it('should send a customer without a next page to their bookings', () => {
    expect(landingPath({ role: 'customer', next: undefined, locale: 'nl' })).toBe(
      '/nl/account/bookings',
    )
  })

  it.each(['/login', '/en/register?next=/x', '/nl/forgot-password', '/reset-password?token=ab'])(
    'should treat the login page %j as no next page',
    (next) => {
      expect(landingPath({ role: 'customer', next, locale: 'en' })).toBe('/en/account/bookings')
    },
  )

  it('should put a next page that carries the other language into the page’s language', () => {
    expect(landingPath({ role: 'customer', next: '/nl/account/privacy', locale: 'en' })).toBe(
      '/en/account/privacy',
    )
  })

  it('should send an admin to the page they came from', () => {
    expect(landingPath({ role: 'admin', next: '/dev/outbox', locale: 'en' })).toBe('/en/dev/outbox')
  })

  it('should not mistake a page whose name starts like an account area for one', () => {
    expect(landingPath({ role: 'voiceover', next: '/dashboards-guide', locale: 'en' })).toBe(
      '/en/dashboard',
    )
  })
})

describe('withoutLocale', () => {
  it.each([
    ['/en/account/bookings', '/account/bookings'],
    ['/nl', '/'],
    ['/en?x=1', '/?x=1'],
    ['/voiceovers/anna', '/voiceovers/anna'],
    ['/de/page', '/de/page'],
    ['/english', '/english'],
  ])('should turn %j into %j', (path, bare) => {
    expect(withoutLocale(path)).toBe(bare)
  })
})

describe('localizedPath', () => {
  it('should prefix the language and keep the query', () => {
    expect(localizedPath('/account/bookings?status=open', 'nl')).toBe(
      '/nl/account/bookings?status=open',
    )
  })

  it('should replace a language the path already has', () => {
    expect(localizedPath('/en/dashboard', 'nl')).toBe('/nl/dashboard')
  })
})
