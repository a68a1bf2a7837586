import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'
import { NextRequest as Request_, NextResponse } from 'next/server'

import { env } from '@/env'
import { newNonce, securityHeaders } from '@/http/securityHeaders'
import { routing } from '@/i18n/routing'
import { publicMediaOrigin } from '@/storage/publicUrls'

const handleI18nRouting = createMiddleware(routing)

/**
 * Paths that are not site pages and carry no language: the admin panel (its own i18n), Next's
 * internals, and files (`/icon.svg`, `/robots.txt` — anything whose last segment has a dot).
 */
const withoutLanguage = (pathname: string): boolean =>
  pathname === '/admin' ||
  pathname.startsWith('/admin/') ||
  pathname.startsWith('/_next/') ||
  /\/[^/]*\.[^/]*$/.test(pathname)

/**
 * Every page request passes here. Site pages get their language (next-intl): `/` and paths
 * without `/nl` or `/en` redirect by the `NEXT_LOCALE` cookie, then `Accept-Language`, then Dutch.
 * Every page, the admin panel included, gets the security headers (issue 11 item 8) with a fresh CSP
 * nonce; the CSP is also set on the request, where Next.js reads the nonce back and puts it on its own
 * scripts. `/api` is not matched: a proxy makes Next.js buffer request bodies (and cut them at 10 MB),
 * which would break deliverable uploads — `restRoute` sets the API's headers.
 */
export function proxy(request: NextRequest) {
  const headers = securityHeaders({
    nonce: newNonce(),
    serverURL: env.SERVER_URL,
    development: env.NODE_ENV === 'development',
    publicMediaOrigin: publicMediaOrigin(env),
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', headers['content-security-policy']!)
  const response = withoutLanguage(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : // next-intl forwards the headers of the request it is given, so it gets one with the CSP.
      handleI18nRouting(new Request_(request.url, { headers: requestHeaders }))
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Static build assets and public media (/media/…, served from disk by its own route with its own
  // headers) are immutable files, not documents; everything else is a page or a metadata file
  // (icon) and gets the headers.
  matcher: ['/((?!api/|_next/static/|media/).*)'],
}
