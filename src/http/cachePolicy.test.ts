import { describe, expect, it } from 'vitest'

import {
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  apiCacheControl,
  carriesSession,
  isCacheablePage,
  pageCacheControl,
} from './cachePolicy'

const headers = (init: Record<string, string> = {}) => new Headers(init)

describe('carriesSession', () => {
  it.each([
    [{}, false],
    [{ cookie: 'NEXT_LOCALE=en' }, false],
    [{ cookie: 'NEXT_LOCALE=en; payload-token=abc' }, true],
    [{ cookie: 'payload-token=abc' }, true],
    [{ cookie: 'xpayload-token=abc' }, false],
    [{ authorization: 'JWT abc' }, true],
  ])('should tell for %o: %s', (init, expected) => {
    expect(carriesSession(headers(init))).toBe(expected)
  })
})

describe('isCacheablePage', () => {
  it.each([
    ['/en', true],
    ['/nl/', true],
    ['/en/voiceovers/sanne-de-vries', true],
    ['/en/voiceovers', false],
    ['/en/catalog/language%3Dde', true],
    ['/en/book/sanne-de-vries', false],
    ['/en/account/bookings', false],
    ['/', false],
    ['/de', false],
  ])('should tell for %s: %s', (path, expected) => {
    expect(isCacheablePage(path)).toBe(expected)
  })
})

describe('pageCacheControl', () => {
  it('should let a CDN share an anonymous catalog page', () => {
    expect(
      pageCacheControl({ pathname: '/en', requestHeaders: headers(), setsCookie: false }),
    ).toBe(PUBLIC_CACHE_CONTROL)
  })

  it('should keep a cacheable page private when the request carries a session', () => {
    expect(
      pageCacheControl({
        pathname: '/en/voiceovers/x',
        requestHeaders: headers({ cookie: 'payload-token=t' }),
        setsCookie: false,
      }),
    ).toBe(PRIVATE_CACHE_CONTROL)
  })

  it('should keep a cacheable page private when the answer sets a cookie', () => {
    expect(pageCacheControl({ pathname: '/nl', requestHeaders: headers(), setsCookie: true })).toBe(
      PRIVATE_CACHE_CONTROL,
    )
  })

  it('should leave other pages to Next', () => {
    expect(
      pageCacheControl({ pathname: '/en/dashboard', requestHeaders: headers(), setsCookie: false }),
    ).toBeNull()
  })

  it('should say public, s-maxage and stale-while-revalidate', () => {
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+$/)
  })
})

describe('apiCacheControl', () => {
  const base = { method: 'GET', requestHeaders: headers(), status: 200 }
  it.each([
    ['/api/voiceovers', PUBLIC_CACHE_CONTROL],
    ['/api/voiceovers/12', PUBLIC_CACHE_CONTROL],
    ['/api/media', PUBLIC_CACHE_CONTROL],
    ['/api/languages', PUBLIC_CACHE_CONTROL],
    ['/api/accents/british-rp', PUBLIC_CACHE_CONTROL],
    ['/api/users/me', PRIVATE_CACHE_CONTROL],
    ['/api/bookings', PRIVATE_CACHE_CONTROL],
    ['/api/voiceovers/12/private', PRIVATE_CACHE_CONTROL],
  ])('should answer an anonymous GET of %s with %s', (pathname, expected) => {
    expect(apiCacheControl({ ...base, pathname })).toBe(expected)
  })

  it('should keep a read with a session private', () => {
    expect(
      apiCacheControl({
        ...base,
        pathname: '/api/voiceovers',
        requestHeaders: headers({ authorization: 'JWT t' }),
      }),
    ).toBe(PRIVATE_CACHE_CONTROL)
  })

  it('should keep writes and failures private', () => {
    expect([
      apiCacheControl({ ...base, pathname: '/api/voiceovers', method: 'POST' }),
      apiCacheControl({ ...base, pathname: '/api/voiceovers/99', status: 404 }),
    ]).toEqual([PRIVATE_CACHE_CONTROL, PRIVATE_CACHE_CONTROL])
  })
})
