import { beforeAll, describe, expect, it } from 'vitest'

import { baseURL, call, demo, logIn } from './client'

// Issue 11 item 8 (OWASP ASVS 4 V14.4): what every response must say, whoever asks and whatever it is.
const FIXED = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

type Who = 'visitor' | 'customer' | 'artist' | 'admin'

const tokens: Record<Who, string> = { visitor: '', customer: '', artist: '', admin: '' }
let bookingId = 0
let photoPath = ''

/** A GET as a browser sends it following a link on the site: the session in the `payload-token`
 * cookie, which Payload accepts only from a same-origin request. */
const get = async (path: string, who: Who = 'visitor') => {
  const headers = new Headers({ 'sec-fetch-site': 'same-origin' })
  if (tokens[who]) headers.set('cookie', `payload-token=${tokens[who]}`)
  const res = await fetch(new URL(path, baseURL()), { headers, redirect: 'manual' })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

/** The security headers of a response, with the CSP split into its directives by name. */
const securityHeadersOf = (headers: Headers) => ({
  fixed: Object.fromEntries(Object.keys(FIXED).map((name) => [name, headers.get(name)])),
  permissions: (headers.get('permissions-policy') ?? '').split(/,\s*/),
  csp: new Map(
    (headers.get('content-security-policy') ?? '')
      .split(/;\s*/)
      .map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')] as const),
  ),
})

const nonceOf = (headers: Headers): string | undefined =>
  /'nonce-([^']+)'/.exec(headers.get('content-security-policy') ?? '')?.[1]

/** The `nonce` attribute of every `<script>` in a page (undefined for a script without one). */
const scriptNonces = (html: string): (string | undefined)[] =>
  [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /\snonce="([^"]*)"/.exec(m[0])?.[1])

beforeAll(async () => {
  tokens.customer = await demo.customer()
  tokens.admin = await demo.admin()
  tokens.artist = await logIn('sanne@14voices.local', 'artist-14voices')
  const voiceovers = await call('GET', '/api/voiceovers?where[slug][equals]=sanne-de-vries&depth=1')
  const sanne = (voiceovers.body.docs as { id: number; photo: { filename: string } }[])[0]!
  photoPath = `/api/media/file/${sanne.photo.filename}`
  const created = await call('POST', '/api/bookings', {
    token: tokens.customer,
    json: {
      voiceover: sanne.id,
      projectTitle: 'Header check',
      projectType: 'commercial',
      termsAccepted: true,
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 12,
    },
  })
  bookingId = (created.body.doc as { id: number }).id
})

// Every page of the site (src/app/(frontend)/[locale]) and of the admin, as the role that sees it;
// `:booking` is a booking of the demo customer's with Sanne. A path without a language redirects (307).
const pages: [path: string, who: Who, status: number][] = [
  ['/', 'visitor', 307],
  ['/login', 'visitor', 307],
  ['/nl', 'visitor', 200],
  ['/en', 'visitor', 200],
  ['/en?language=de', 'visitor', 200],
  ['/en/voiceovers/sanne-de-vries', 'visitor', 200],
  ['/en/voiceovers/no-such-artist', 'visitor', 404],
  ['/en/book/sanne-de-vries', 'visitor', 200],
  ['/en/book/sanne-de-vries', 'customer', 200],
  ['/en/login', 'visitor', 200],
  ['/en/register', 'visitor', 200],
  ['/en/forgot-password', 'visitor', 200],
  ['/en/reset-password?token=not-a-real-token', 'visitor', 200],
  ['/en/dashboard', 'artist', 200],
  ['/en/account/bookings', 'customer', 200],
  ['/en/account/bookings/:booking', 'customer', 200],
  ['/en/account/bookings/:booking', 'artist', 200],
  ['/en/account/billing', 'customer', 200],
  ['/en/dev/outbox', 'admin', 200],
  ['/en/no-such-page', 'visitor', 404],
  ['/admin/login', 'visitor', 200],
  ['/admin', 'admin', 200],
  ['/admin/collections/bookings', 'admin', 200],
  ['/admin/collections/bookings/:booking', 'admin', 200],
]

const open = (path: string, who: Who) => get(path.replace(':booking', String(bookingId)), who)

// The catalog and profiles are one cached HTML for every visitor (issue 14), which cannot carry a
// per-request nonce: their scripts are allowed as 'self' and inline (src/http/securityHeaders.ts).
const isCached = (path: string) => /^\/(nl|en)(\?.*)?$|^\/en\/voiceovers\//.test(path)
const scriptPolicy = (path: string, headers: Headers) =>
  isCached(path) ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonceOf(headers)}' 'strict-dynamic'`

describe('security headers on every page', () => {
  it.each(pages)('should be sent on %s to a %s (status %i)', async (path, who, status) => {
    const res = await open(path, who)
    const { fixed, permissions, csp } = securityHeadersOf(res.headers)
    expect({
      status: res.status,
      fixed,
      permissions: ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()'].filter(
        (p) => !permissions.includes(p),
      ),
      csp: {
        default: csp.get('default-src'),
        script: csp.get('script-src'),
        object: csp.get('object-src'),
        base: csp.get('base-uri'),
        form: csp.get('form-action'),
        ancestors: csp.get('frame-ancestors'),
      },
    }).toEqual({
      status,
      fixed: FIXED,
      permissions: [],
      csp: {
        default: "'self'",
        script: scriptPolicy(path, res.headers),
        object: "'none'",
        base: "'self'",
        form: "'self'",
        ancestors: "'none'",
      },
    })
  })

  // A redirect (a path without a language) has no body, so no scripts.
  it.each(pages.filter(([path, , status]) => status !== 307 && !isCached(path)))(
    "should put the header's nonce on every script of %s to a %s",
    async (path, who) => {
      const res = await open(path, who)
      const nonces = scriptNonces(res.text)
      expect({ some: nonces.length > 0, nonces: [...new Set(nonces)] }).toEqual({
        some: true,
        nonces: [nonceOf(res.headers)],
      })
    },
  )
})

describe('cached pages', () => {
  it.each(pages.filter(([path, , status]) => isCached(path) && status === 200))(
    'should put no nonce in the shared HTML of %s',
    async (path, who) => {
      const res = await open(path, who)
      expect([...new Set(scriptNonces(res.text))]).toEqual([undefined])
    },
  )
})

describe('security headers on API and file responses', () => {
  const responses: [label: string, path: () => string, status: number][] = [
    ['an API list', () => '/api/voiceovers?limit=1', 200],
    ['an API refusal', () => `/api/bookings/${bookingId}`, 403],
    ['a public media file', () => photoPath, 200],
  ]

  it.each(responses)('should send them on %s, allowing no script', async (_label, path, status) => {
    const res = await get(path())
    const { fixed, csp } = securityHeadersOf(res.headers)
    expect({
      status: res.status,
      fixed,
      script: csp.get('script-src'),
      ancestors: csp.get('frame-ancestors'),
    }).toEqual({ status, fixed: FIXED, script: "'none'", ancestors: "'none'" })
  })
})

describe('caching of API answers', () => {
  it('should keep a login answer, which holds the token, out of every cache', async () => {
    const res = await call('POST', '/api/users/login', {
      json: { email: 'customer@14voices.local', password: 'customer-14voices' },
    })
    expect([res.status, res.headers.get('cache-control')]).toEqual([200, 'private, no-store'])
  })

  it('should keep a private booking out of every cache', async () => {
    const res = await call('GET', `/api/bookings/${bookingId}`, { token: await demo.customer() })
    expect([res.status, res.headers.get('cache-control')]).toEqual([200, 'private, no-store'])
  })
})

describe('the CSP nonce', () => {
  it('should differ between two requests for the same page', async () => {
    const [first, second] = [await get('/'), await get('/')]
    expect(nonceOf(first.headers)).not.toBe(nonceOf(second.headers))
  })

  it('should be a fresh 128-bit value, not one a visitor sent in a CSP request header', async () => {
    // A page rendered per request (`/` would redirect to the cached catalog, which has no nonce).
    const res = await fetch(new URL('/en/login', baseURL()), {
      headers: { 'content-security-policy': "script-src 'nonce-chosen-by-attacker'" },
    })
    expect(nonceOf(res.headers)).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})

describe('HSTS over plain http', () => {
  it.each(['/en', '/api/voiceovers?limit=1'])('should not be sent on %s', async (path) => {
    const res = await get(path)
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('the favicon', () => {
  // Browsers ask for /favicon.ico themselves (e.g. for a PDF opened in a tab): not a 404.
  it('should answer /favicon.ico with the site icon, cacheable', async () => {
    const res = await fetch(new URL('/favicon.ico', baseURL()))
    const body = await res.text()
    expect([
      res.status,
      res.headers.get('content-type'),
      body.includes('<svg'),
      res.headers.get('cache-control')?.includes('max-age='),
    ]).toEqual([200, 'image/svg+xml', true, true])
  })
})
