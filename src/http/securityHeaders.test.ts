import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, newNonce, securityHeaders } from './securityHeaders'

const page = {
  nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=',
  serverURL: 'http://localhost:3000',
  development: false,
}

const directive = (policy: string, name: string): string | undefined =>
  policy.split('; ').find((d) => d === name || d.startsWith(`${name} `))

describe('securityHeaders', () => {
  it('should allow only scripts with the request nonce and what they load on a page', () => {
    expect(directive(contentSecurityPolicy(page), 'script-src')).toBe(
      "script-src 'self' 'nonce-bm9uY2Utbm9uY2Utbm9uY2U=' 'strict-dynamic'",
    )
  })

  it('should allow eval for React dev tooling only in development', () => {
    expect(directive(contentSecurityPolicy({ ...page, development: true }), 'script-src')).toBe(
      "script-src 'self' 'nonce-bm9uY2Utbm9uY2Utbm9uY2U=' 'strict-dynamic' 'unsafe-eval'",
    )
  })

  it('should allow no script at all on a response without a nonce', () => {
    expect(directive(contentSecurityPolicy({ ...page, nonce: null }), 'script-src')).toBe(
      "script-src 'none'",
    )
  })

  it('should allow own and inline scripts, without a nonce, on a page served from cache', () => {
    const policy = contentSecurityPolicy({ ...page, nonce: null, staticPage: true })
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'")
  })

  it('should forbid framing, plugins, foreign base URLs and foreign form targets', () => {
    const policy = contentSecurityPolicy(page)
    expect(
      ['frame-ancestors', 'object-src', 'base-uri', 'form-action'].map((d) => directive(policy, d)),
    ).toEqual([
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
  })

  it('should load images and audio from our own origin, data: and blob: only', () => {
    const policy = contentSecurityPolicy(page)
    expect([directive(policy, 'img-src'), directive(policy, 'media-src')]).toEqual([
      "img-src 'self' data: blob:",
      "media-src 'self' blob:",
    ])
  })

  it('should send the fixed headers on every response', () => {
    const headers = securityHeaders(page)
    expect([
      headers['x-frame-options'],
      headers['x-content-type-options'],
      headers['referrer-policy'],
    ]).toEqual(['DENY', 'nosniff', 'strict-origin-when-cross-origin'])
  })

  it('should switch camera, microphone, geolocation and payment off', () => {
    const features = securityHeaders(page)['permissions-policy']!.split(', ')
    expect(features).toEqual(
      expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']),
    )
  })

  it('should send no HSTS when SERVER_URL is http', () => {
    expect(securityHeaders(page)['strict-transport-security']).toBeUndefined()
  })

  it('should send HSTS for two years with subdomains when SERVER_URL is https', () => {
    expect(
      securityHeaders({ ...page, serverURL: 'https://14voices.nl' })['strict-transport-security'],
    ).toBe('max-age=63072000; includeSubDomains')
  })

  it('should upgrade insecure requests only when SERVER_URL is https', () => {
    expect([
      directive(contentSecurityPolicy(page), 'upgrade-insecure-requests'),
      directive(
        contentSecurityPolicy({ ...page, serverURL: 'https://14voices.nl' }),
        'upgrade-insecure-requests',
      ),
    ]).toEqual([undefined, 'upgrade-insecure-requests'])
  })
})

describe('newNonce', () => {
  it('should give 128 bits as 24 base64 characters', () => {
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })

  it('should give a different value on every call', () => {
    expect(newNonce()).not.toBe(newNonce())
  })
})
