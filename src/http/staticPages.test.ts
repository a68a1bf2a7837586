import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it, vi } from 'vitest'

import { config } from '@/proxy'

import {
  alternateLinks,
  catalogRedirectOf,
  CATALOG_QUERY_KEYS,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  staticPageHeaders,
  staticPageOf,
} from './staticPages.mjs'

// The proxy module is imported for its `config` only; next-intl's middleware is not needed for that
// (and reaches into next/server, which Vitest's ESM resolution does not find without `.js`).
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }))

const runsProxy = (url: string) =>
  unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}` })

describe('staticPageOf', () => {
  it.each([
    ['/nl', 'nl', '/nl'],
    ['/en?utm_source=mail', 'en', '/en'],
    ['/en/voiceovers/sanne-de-vries', 'en', '/en/voiceovers/sanne-de-vries'],
    ['/nl/voiceovers/sanne-de-vries?gender=female', 'nl', '/nl/voiceovers/sanne-de-vries'],
    ['/nl/catalog/gender%3Dfemale', 'nl', '/nl/catalog/gender%3Dfemale'],
  ])('should take %s as a cached page in %s', (target, locale, pathname) => {
    expect(staticPageOf(target)).toEqual({ locale, pathname })
  })

  it.each([
    '/',
    '/de',
    '/nl/',
    '/nl?gender=female',
    '/en?page=2',
    '/nl?q=',
    '/nl/login',
    '/nl/voiceovers/a/b',
    '/api/voiceovers',
  ])('should leave %s to the proxy or to Next.js', (target) => {
    expect(staticPageOf(target)).toBeNull()
  })
})

describe("the proxy's matcher", () => {
  it('should list one entry for each catalog filter key, and no other', () => {
    const keys = config.matcher.flatMap((entry) =>
      typeof entry === 'string' ? [] : entry.has.map((condition) => condition.key),
    )
    expect([...keys].sort()).toEqual([...CATALOG_QUERY_KEYS].sort())
  })

  it.each([
    '/nl',
    '/en',
    '/en?utm_source=mail',
    '/nl/voiceovers/sanne-de-vries',
    '/nl/catalog/gender%3Dfemale',
    '/nl/',
    '/api/voiceovers',
    '/media/demo.mp3',
    '/_next/static/chunks/x.js',
  ])('should let Next.js answer %s without the proxy', (target) => {
    expect(runsProxy(target)).toBe(false)
  })

  it.each([
    '/',
    '/login',
    '/nl/login',
    '/nl/account/bookings',
    '/admin',
    ...CATALOG_QUERY_KEYS.map((key) => `/nl?${key}=1`),
  ])('should run the proxy for %s', (target) => {
    expect(runsProxy(target)).toBe(true)
  })

  it('should agree with staticPageOf on every page it leaves out', () => {
    const targets = ['/nl', '/en?x=1', '/en/voiceovers/a', '/nl?sort=price', '/nl/login']
    expect(targets.map((t) => runsProxy(t) === (staticPageOf(t) === null))).toEqual(
      targets.map(() => true),
    )
  })
})

describe('staticPageHeaders', () => {
  const published = {
    security: { 'content-security-policy': "default-src 'self'", 'x-frame-options': 'DENY' },
    origin: 'https://14voices.example',
    locales: ['nl', 'en'],
  }
  const page = { pathname: '/en/voiceovers/sanne-de-vries' }

  it('should let a CDN share an anonymous request', () => {
    const headers = staticPageHeaders({
      published,
      page,
      cookie: 'NEXT_LOCALE=en',
      authorization: null,
    })
    expect([headers['cache-control'], headers['x-frame-options']]).toEqual([
      PUBLIC_CACHE_CONTROL,
      'DENY',
    ])
  })

  it.each([
    [{ cookie: 'a=1; payload-token=abc', authorization: undefined }],
    [{ cookie: undefined, authorization: 'JWT abc' }],
  ])('should keep a request with a session private (%o)', (session) => {
    expect(staticPageHeaders({ published, page, ...session })['cache-control']).toBe(
      PRIVATE_CACHE_CONTROL,
    )
  })

  it('should list every language and x-default as absolute hreflang alternates', () => {
    expect(alternateLinks({ ...published, pathname: '/nl' }).split(', ')).toEqual([
      '<https://14voices.example/nl>; rel="alternate"; hreflang="nl"',
      '<https://14voices.example/en>; rel="alternate"; hreflang="en"',
      '<https://14voices.example/>; rel="alternate"; hreflang="x-default"',
    ])
  })
})

describe('catalogRedirectOf', () => {
  it('should drop the empty filters a form sends without JavaScript', () => {
    expect(catalogRedirectOf('/nl?language=&accent=&gender=female&age=&q=&sort=price')).toBe(
      '/nl?gender=female&sort=price',
    )
  })

  it('should keep other parameters, even empty ones, in their order', () => {
    expect(catalogRedirectOf('/en?utm_source=mail&language=&ref=')).toBe('/en?utm_source=mail&ref=')
  })

  it('should send a query of empty filters only to the plain catalog', () => {
    expect(catalogRedirectOf('/nl?language=&q=')).toBe('/nl')
  })

  it('should count a blank search as empty', () => {
    expect(catalogRedirectOf('/nl?q=+&language=de')).toBe('/nl?language=de')
  })

  it('should count a search of characters nobody types (a zero-width space, a NUL) as empty', () => {
    expect(catalogRedirectOf('/nl?q=%E2%80%8B')).toBe('/nl')
    expect(catalogRedirectOf('/nl?gender=male&q=%00')).toBe('/nl?gender=male')
  })

  it('should leave alone a clean query, other pages and client-router requests', () => {
    expect(catalogRedirectOf('/nl?gender=female&q=anna')).toBeNull()
    expect(catalogRedirectOf('/nl')).toBeNull()
    expect(catalogRedirectOf('/nl/voiceovers/sanne?language=')).toBeNull()
    expect(catalogRedirectOf('/nl?language=&_rsc=abc')).toBeNull()
  })
})
