// Plain JavaScript: the production server (scripts/start.mjs) imports it before Next.js, and the app
// imports it through src/http/cachePolicy.ts and src/http/staticPageHeaders.ts.

import { searchTextOf } from '../domain/searchText.mjs'

/**
 * How long a CDN may serve a public answer without asking (s-maxage, seconds), and how long after
 * that it may still serve it while it asks in the background (stale-while-revalidate). The origin
 * itself is invalidated at once on every change (tag revalidation); a CDN we cannot purge, so its
 * window is kept short: an edit reaches every visitor within s-maxage + one background refresh.
 */
export const PUBLIC_S_MAXAGE = 60
export const PUBLIC_STALE_WHILE_REVALIDATE = 300

/** The header value for an answer every visitor may share. */
export const PUBLIC_CACHE_CONTROL = `public, s-maxage=${PUBLIC_S_MAXAGE}, stale-while-revalidate=${PUBLIC_STALE_WHILE_REVALIDATE}`

/** The header value for an answer meant for one person only (or carrying a cookie). */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** Payload's session cookie (`cookiePrefix` "payload" + "-token"). */
const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

/**
 * True when a request carries a session: the `payload-token` cookie or an `Authorization` header
 * (Payload's `JWT …` or an API key). Whether the session is valid does not matter: its answer may
 * differ, so no shared cache may keep it.
 * @param {{ cookie: string | null | undefined, authorization: string | null | undefined }} request
 * @returns {boolean}
 */
export const carriesSessionHeaders = ({ cookie, authorization }) =>
  Boolean(authorization) || SESSION_COOKIE.test(cookie ?? '')

/**
 * The URL keys of the catalog's filters (src/lib/catalogFilters.ts reads exactly these). A catalog
 * request carrying one of them goes through the proxy, which rewrites it to the cached route of its
 * canonical query; the proxy's matcher in src/proxy.ts lists the same keys (a test checks it).
 */
export const CATALOG_QUERY_KEYS = /** @type {const} */ ([
  'language',
  'accent',
  'gender',
  'age',
  'style',
  'type',
  'min',
  'max',
  'turnaround',
  'rush',
  'q',
  'sort',
  'page',
])

/**
 * Where to send a catalog request whose query holds empty (or blank) filters — what a filter form sends when
 * submitted without JavaScript (`/nl?language=&gender=female&q=`) — so the address bar shows the one
 * the visitor would share (`/nl?gender=female`). Other parameters (`utm_source`) and their order are
 * kept; Next's client-router requests (`_rsc`) are left alone. Input: the request's target. Output:
 * the relative location, or null when there is nothing to drop.
 * @param {string} target
 * @returns {string | null}
 */
export const catalogRedirectOf = (target) => {
  const queryAt = target.indexOf('?')
  if (queryAt === -1) return null
  const pathname = target.slice(0, queryAt)
  if (!/^\/(nl|en)$/.test(pathname)) return null
  const query = new URLSearchParams(target.slice(queryAt + 1))
  if (query.has('_rsc')) return null
  const all = [...query]
  const kept = all.filter(
    ([key, value]) =>
      !(
        searchTextOf(value) === '' &&
        /** @type {readonly string[]} */ (CATALOG_QUERY_KEYS).includes(key)
      ),
  )
  if (kept.length === all.length) return null
  const rest = new URLSearchParams(kept).toString()
  return rest ? `${pathname}?${rest}` : pathname
}

const CATALOG = /^\/(nl|en)$/
const PROFILE_OR_QUERY_ROUTE = /^\/(nl|en)\/(?:voiceovers|catalog)\/[^/]+$/

/**
 * The cached pages that Next.js serves without running the proxy (src/proxy.ts leaves them out of
 * its matcher, which measured as most of what such a page cost): the unfiltered catalog `/nl`, `/en`
 * and an artist's profile `/<lang>/voiceovers/<slug>`, whatever else the query holds (`?utm_source`),
 * and the internal route of a catalog query `/<lang>/catalog/<canonical query>` when asked for
 * directly (a filtered catalog `/nl?gender=female` is rewritten there by the proxy, which gives it
 * its headers).
 * Input: the request's target (`/nl?x=1`). Output: `{ locale, pathname }`, or null for any other
 * request (a filtered catalog, every other page).
 * @param {string} target
 * @returns {{ locale: 'nl' | 'en', pathname: string } | null}
 */
export const staticPageOf = (target) => {
  const queryAt = target.indexOf('?')
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt)
  const profile = PROFILE_OR_QUERY_ROUTE.exec(pathname)
  if (profile) return { locale: /** @type {'nl' | 'en'} */ (profile[1]), pathname }
  const catalog = CATALOG.exec(pathname)
  if (!catalog) return null
  if (queryAt !== -1) {
    const query = new URLSearchParams(target.slice(queryAt + 1))
    if (CATALOG_QUERY_KEYS.some((key) => query.has(key))) return null
  }
  return { locale: /** @type {'nl' | 'en'} */ (catalog[1]), pathname }
}

/**
 * The `Link` header with a page's `hreflang` alternates (Google's "HTTP headers" method), the way
 * next-intl writes it for the pages the proxy serves: one absolute URL per language and `x-default`
 * for the address without a language, which redirects by the visitor's preference.
 * @param {{ origin: string, pathname: string, locales: readonly string[] }} page
 *   `origin` without a trailing slash; `pathname` with its language prefix (`/nl/voiceovers/x`).
 * @returns {string}
 */
export const alternateLinks = ({ origin, pathname, locales }) => {
  const rest = pathname.replace(/^\/[^/]+/, '')
  const links = locales.map(
    (locale) => `<${origin}/${locale}${rest}>; rel="alternate"; hreflang="${locale}"`,
  )
  links.push(`<${origin}${rest || '/'}>; rel="alternate"; hreflang="x-default"`)
  return links.join(', ')
}

/**
 * Every header the production server adds to a cached page it lets Next.js answer without the
 * proxy: the security headers of a cached page (built once at start by the app, see
 * src/http/staticPageHeaders.ts), its `Cache-Control` (public for an anonymous request, private
 * with a session), and the hreflang `Link` header. No cookie is ever set on these answers.
 * @param {{ published: { security: Record<string, string>, origin: string, locales: readonly string[] },
 *   page: { pathname: string }, cookie: string | null | undefined,
 *   authorization: string | null | undefined }} args
 * @returns {Record<string, string>}
 */
export const staticPageHeaders = ({ published, page, cookie, authorization }) => ({
  ...published.security,
  'cache-control': carriesSessionHeaders({ cookie, authorization })
    ? PRIVATE_CACHE_CONTROL
    : PUBLIC_CACHE_CONTROL,
  link: alternateLinks({
    origin: published.origin,
    pathname: page.pathname,
    locales: published.locales,
  }),
})

/** Where the app leaves the published headers for the production server (same process). */
export const STATIC_PAGE_HEADERS_KEY = Symbol.for('14voices.staticPageHeaders')
