import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'
import { NextRequest as Request_, NextResponse } from 'next/server'

import { env } from '@/env'
import { isCacheablePage, pageCacheControl } from '@/http/cachePolicy'
import { newNonce, securityHeaders } from '@/http/securityHeaders'
import { catalogRedirectOf } from '@/http/staticPages.mjs'
import { LOCALE_COOKIE } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { publicMediaOrigin } from '@/storage/publicUrls'
import { catalogRewritePath } from '@/lib/catalogRoute'

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

/** What the security headers depend on besides the nonce: fixed for the life of the server. */
const headerSettings = {
  serverURL: env.SERVER_URL,
  development: env.NODE_ENV === 'development',
  publicMediaOrigin: publicMediaOrigin(env),
}

/** The security headers of a cached page (no nonce): built once, not per request. */
const cachedPageHeaders = securityHeaders({ ...headerSettings, nonce: null, staticPage: true })

/**
 * Every page request passes here. Site pages get their language (next-intl): `/` and paths
 * without `/nl` or `/en` redirect by the `NEXT_LOCALE` cookie, then `Accept-Language`, then Dutch.
 * Every page, the admin panel included, gets the security headers (issue 11 item 8) with a fresh CSP
 * nonce; the CSP is also set on the request, where Next.js reads the nonce back and puts it on its own
 * scripts. `/api` is not matched: a proxy makes Next.js buffer request bodies (and cut them at 10 MB),
 * which would break deliverable uploads — `restRoute` sets the API's headers.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  // A filter form sent without JavaScript names every filter, the unused ones empty: send the
  // visitor to the address without them (npm start does this before Next.js for every such request;
  // here for `next dev` and plain `next start`). A relative Location (RFC 9110 §10.2.2): the host
  // this server sees may not be the visitor's.
  const cleaned = catalogRedirectOf(`${pathname}${request.nextUrl.search}`)
  if (cleaned !== null)
    return new NextResponse(null, { status: 303, headers: { location: cleaned } })
  // Cached pages (catalog, profiles) are one HTML for every visitor, rendered once: they cannot carry a
  // per-request nonce, so Next must not see one while rendering them (see staticPage in securityHeaders).
  const cacheable = isCacheablePage(pathname)
  const headers = cacheable
    ? cachedPageHeaders
    : securityHeaders({ ...headerSettings, nonce: newNonce() })
  const requestHeaders = new Headers(request.headers)
  if (cacheable) requestHeaders.delete('content-security-policy')
  else requestHeaders.set('content-security-policy', headers['content-security-policy']!)
  let response = withoutLanguage(pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : // next-intl forwards the headers of the request it is given, so it gets one with the CSP.
      handleI18nRouting(new Request_(request.url, { headers: requestHeaders }))
  if (cacheable) dropLanguageCookie(response)
  const locale = /^\/(nl|en)\/?$/.exec(pathname)?.[1]
  if (locale && searchParams.size > 0 && response.status < 300) {
    response = rewriteToCachedCatalog({ request, response, locale, requestHeaders })
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  const cacheControl = pageCacheControl({
    pathname,
    requestHeaders: request.headers,
    setsCookie: response.headers.has('set-cookie'),
  })
  if (cacheControl) response.headers.set('cache-control', cacheControl)
  return response
}

/**
 * Leaves off next-intl's language cookie on a cached page (a filtered catalog passes here), as the
 * cached pages Next serves without the proxy never set it: one answer for every visitor, which a CDN
 * may share (a cookie would make it private). The language switch remembers a choice in the browser.
 */
const dropLanguageCookie = (response: NextResponse): void => {
  const cookies = response.headers.getSetCookie()
  if (cookies.length === 0 || !cookies.every((c) => c.startsWith(`${LOCALE_COOKIE}=`))) return
  response.headers.delete('set-cookie')
}

/**
 * The catalog with a query string is served by the cached route for its canonical query
 * (src/lib/catalogRoute.ts), so each distinct query is rendered once. Keeps next-intl's answer
 * headers (alternate links, language cookie) and Next's own `_rsc` parameter of client navigations.
 */
const rewriteToCachedCatalog = ({
  request,
  response,
  locale,
  requestHeaders,
}: {
  request: NextRequest
  response: NextResponse
  locale: string
  requestHeaders: Headers
}): NextResponse => {
  const target = new URL(catalogRewritePath(locale, request.nextUrl.searchParams), request.url)
  const rsc = request.nextUrl.searchParams.get('_rsc')
  if (rsc !== null) target.searchParams.set('_rsc', rsc)
  const forwarded = new Headers(requestHeaders)
  forwarded.set('x-next-intl-locale', locale)
  const rewritten = NextResponse.rewrite(target, { request: { headers: forwarded } })
  response.headers.forEach((value, name) => {
    if (!name.startsWith('x-middleware-')) rewritten.headers.append(name, value)
  })
  return rewritten
}

export const config = {
  // Static build assets and public media (/media/…, served from disk by its own route with its own
  // headers) are immutable files, not documents; everything else is a page or a metadata file
  // (icon) and gets the headers — except the cached pages Next.js serves straight from its cache:
  // the unfiltered catalog (`/nl`, `/en`), the profiles, and the internal route of a catalog query
  // (`/nl/catalog/<canonical query>`, which the proxy rewrote a filtered catalog to: its answer
  // already carries the headers this first pass gave it). Running the proxy measured as most of
  // what such a page cost (about 1 ms of a 2-core machine per request); scripts/start.mjs gives
  // them their headers instead (src/http/staticPages.mjs). A catalog with a filter in its query
  // still comes here, for the rewrite to its cached route: one entry per filter key, the keys of
  // CATALOG_QUERY_KEYS (Next reads this config at build time, so it must be literal; a test checks
  // the two lists agree).
  matcher: [
    '/((?!api/|_next/static/|media/|(?:nl|en)(?:/voiceovers/[^/]+|/catalog/[^/]+)?/?$).*)',
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'language' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'accent' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'gender' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'age' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'style' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'type' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'min' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'max' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'turnaround' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'rush' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'q' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'sort' }] },
    { source: '/:locale(nl|en)', has: [{ type: 'query', key: 'page' }] },
  ],
}
