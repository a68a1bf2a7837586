/**
 * Which answers a shared cache (CDN, reverse proxy) may keep, and for how long. Pure: `src/proxy.ts`
 * applies it to pages, `restRoute` to API answers. See README "Caching, Redis and CDN".
 */

import {
  carriesSessionHeaders,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
} from './staticPages.mjs'

export {
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  PUBLIC_S_MAXAGE,
  PUBLIC_STALE_WHILE_REVALIDATE,
} from './staticPages.mjs'

/**
 * True when the request carries a session: the `payload-token` cookie or an `Authorization` header
 * (Payload's `JWT …` or API key). Whether the session is valid does not matter — its answer may
 * differ, so no shared cache may keep it.
 */
export const carriesSession = (headers: Headers): boolean =>
  carriesSessionHeaders({
    cookie: headers.get('cookie'),
    authorization: headers.get('authorization'),
  })

// The internal route of a catalog query (src/lib/catalogRoute.ts) is included: a request typed
// straight to it is one of the cached pages scripts/start.mjs gives headers to.
const CATALOG_PAGE = /^\/(?:nl|en)(?:\/catalog\/[^/]+)?\/?$/
const PROFILE_PAGE = /^\/(?:nl|en)\/voiceovers\/[^/]+\/?$/

/**
 * True for the site pages whose HTML is the same for every visitor and cached by the server (the
 * catalog with any query, an artist's profile). Input: the path as the visitor asked for it.
 */
export const isCacheablePage = (pathname: string): boolean =>
  CATALOG_PAGE.test(pathname) || PROFILE_PAGE.test(pathname)

/** Collections anyone may read through the REST API (anonymous access returns only public data:
 * active artists, public media, active languages and accents). */
const PUBLIC_API_READ = /^\/api\/(?:voiceovers|media|languages|accents)(?:\/[^/]+)?\/?$/

/**
 * The `Cache-Control` of a page answer. Input: the path asked for, the request's headers, and
 * whether the answer sets a cookie (next-intl's language cookie). Output: the public value for an
 * anonymous request to a cacheable page that sets no cookie; the private value for any other
 * request to a cacheable page (Next would otherwise send its own `s-maxage` for the cached page);
 * null for the other pages, whose answers Next already marks private.
 */
export const pageCacheControl = ({
  pathname,
  requestHeaders,
  setsCookie,
}: {
  pathname: string
  requestHeaders: Headers
  setsCookie: boolean
}): string | null => {
  if (!isCacheablePage(pathname)) return null
  return carriesSession(requestHeaders) || setsCookie ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL
}

/**
 * The `Cache-Control` of a REST answer that did not choose one itself. Public only for a successful
 * anonymous GET/HEAD of a publicly readable collection (`/api/voiceovers…`, `/api/media…`,
 * `/api/languages…`, `/api/accents…` lists and documents, whose anonymous answers hold only public
 * data); private for
 * everything else — logins, `/me`, bookings, any request carrying a session.
 */
export const apiCacheControl = ({
  method,
  pathname,
  requestHeaders,
  status,
}: {
  method: string
  pathname: string
  requestHeaders: Headers
  status: number
}): string =>
  (method === 'GET' || method === 'HEAD') &&
  status === 200 &&
  PUBLIC_API_READ.test(pathname) &&
  !carriesSession(requestHeaders)
    ? PUBLIC_CACHE_CONTROL
    : PRIVATE_CACHE_CONTROL
