import type { SanitizedConfig } from 'payload'

import { authActionFor } from '@/domain/authLimits'
import { searchParamsProblem } from '@/domain/queryShape'
import { env } from '@/env'
import type { Sentence } from '@/errors/sentence'
import { sentenceFor } from '@/errors/sentenceFor'
import { slugs } from '@/slugs'

import { serveAccountRequest } from './accountRequests'
import { apiCacheControl } from './cachePolicy'
import { currentRequestContext, requestIdFor, runWithRequestContext } from './requestContext'
import { securityHeaders } from './securityHeaders'

type RouteHandler = (
  req: Request,
  ctx: { params: Promise<{ slug: string[] }> },
) => Promise<Response> | Response

/**
 * An error answer written before Payload runs (so before anyone is authenticated): its sentence in
 * the language `Accept-Language` asks for, its catalogue key in `data.key`.
 */
const problem = (req: Request, status: number, sentence: Sentence) =>
  Response.json(
    { errors: [{ message: sentenceFor(req, sentence), data: { key: sentence.key } }] },
    { status },
  )

/**
 * A refusal for request framing Payload's body parser turns into a 500: a multipart body without
 * its boundary parameter (RFC 7578 §4.1 requires it). Returns null when the request is fine.
 */
const framingProblem = (req: Request): Response | null => {
  const type = req.headers.get('content-type') ?? ''
  if (/^multipart\/form-data/i.test(type) && !/;\s*boundary=("?)[^";]+\1/i.test(type)) {
    return problem(req, 400, { key: 'request.noBoundary' })
  }
  return null
}

/**
 * A 404 for `/api/<collection>/versions…` and `/api/globals/<global>/versions…` where that
 * collection or global keeps no versions: Payload routes them anyway and its version queries fail
 * with a 500. Returns null for every other path.
 */
const versionsRouteProblem = (
  req: Request,
  config: SanitizedConfig,
  pathname: string,
): Response | null => {
  const parts = pathname.replace(/^\/api\//, '').split('/')
  const [first, second, third] = parts
  const entity =
    first === 'globals' && third === 'versions'
      ? config.globals.find((g) => g.slug === second)
      : second === 'versions'
        ? config.collections.find((c) => c.slug === first)
        : undefined
  if (entity && !entity.versions) return problem(req, 404, { key: 'common.notFound' })
  return null
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A 403 for a state-changing request a browser sent from another site. Payload's CSRF check only
 * stops another site from *using* the session cookie; a cross-site form POST to `/api/users/login`
 * or to registration still sets one — logging the victim's browser into the attacker's account
 * (login CSRF; OWASP ASVS 5.0 §3.5). Browsers send `Origin` on every cross-origin POST, and
 * `Sec-Fetch-Site` too; requests without either (curl, server-to-server) carry no browser session
 * to abuse and pass.
 */
const crossSiteProblem = (req: Request, serverURL: string): Response | null => {
  if (SAFE_METHODS.has(req.method)) return null
  const origin = req.headers.get('origin')
  const site = req.headers.get('sec-fetch-site')
  const foreignOrigin = origin !== null && origin !== new URL(serverURL).origin
  if (foreignOrigin || site === 'cross-site') {
    return problem(req, 403, { key: 'request.crossSite' })
  }
  return null
}

/** The security headers every API and file response carries (src/proxy.ts, which sets them on
 * pages, does not run for /api — see there). Built once: no nonce, and the environment is fixed. */
const apiSecurityHeaders = Object.entries(
  securityHeaders({
    nonce: null,
    serverURL: env.SERVER_URL,
    development: env.NODE_ENV === 'development',
  }),
)

// A response that already chose its Content-Security-Policy keeps it: private files answer with the
// stricter `default-src 'none'; sandbox` (src/uploads/responseHeaders.ts).
const withResponseHeaders = (req: Request, res: Response, requestId: string): Response => {
  const extra = apiSecurityHeaders.filter(
    ([name]) => name !== 'content-security-policy' || !res.headers.has(name),
  )
  extra.push(['x-request-id', requestId])
  // API answers hold tokens and personal data (login, /me, bookings, invoices): no cache keeps them
  // unless the route chose otherwise (public media files are cached for a year) or the answer is an
  // anonymous read of public data (apiCacheControl), which a CDN may share.
  if (!res.headers.has('cache-control')) {
    const cacheControl = apiCacheControl({
      method: currentRequestContext()?.clientMethod ?? req.method,
      pathname: new URL(req.url).pathname,
      requestHeaders: req.headers,
      status: res.status,
    })
    extra.push(['cache-control', cacheControl])
    // A shared cache must not hand an anonymous answer to a request that carries a session.
    if (cacheControl.startsWith('public')) extra.push(['vary', 'Cookie, Authorization'])
  }
  try {
    for (const [name, value] of extra) res.headers.set(name, value)
    return res
  } catch {
    // Immutable headers (a Response made elsewhere): copy it.
    const headers = new Headers(res.headers)
    for (const [name, value] of extra) headers.set(name, value)
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers })
  }
}

/**
 * Wraps one of Payload's REST route handlers: gives the request an id (the caller's `X-Request-Id`
 * if sane) that every log line and the `X-Request-Id` response header carry, sets the security
 * headers (CSP without scripts, nosniff, frame denial, HSTS over https), refuses state-changing
 * requests from other websites (403), and refuses what Payload would turn into a 500: malformed
 * framing or query parameters (400) and version routes of unversioned collections (404). The
 * account endpoints (login, registration, forgot/reset password, unlock, first-register) go through
 * `serveAccountRequest`: rate limits (429) and answers that don't tell whether an account exists.
 */
export const restRoute =
  (config: Promise<SanitizedConfig> | SanitizedConfig, handler: RouteHandler): RouteHandler =>
  (req, ctx) => {
    const requestId = requestIdFor(req.headers.get('x-request-id'))
    const clientMethod = currentRequestContext()?.clientMethod ?? req.method
    return runWithRequestContext({ requestId, clientMethod }, async () => {
      const url = new URL(req.url)
      const query = searchParamsProblem(url.searchParams)
      const { serverURL } = await config
      const refused =
        (serverURL ? crossSiteProblem(req, serverURL) : null) ??
        framingProblem(req) ??
        (query
          ? problem(req, 400, { key: 'request.malformedQuery', values: { problem: query } })
          : null) ??
        versionsRouteProblem(req, await config, url.pathname)
      if (refused) return withResponseHeaders(req, refused, requestId)
      const action = authActionFor({
        method: req.method,
        methodOverride:
          req.headers.get('x-payload-http-method-override') ??
          req.headers.get('x-http-method-override'),
        pathname: url.pathname,
        usersSlug: slugs.users,
      })
      const res = action
        ? await serveAccountRequest({ action, req, handler: async (r) => handler(r, ctx) })
        : await handler(req, ctx)
      return withResponseHeaders(req, res, requestId)
    })
  }

/**
 * HEAD for every REST path, file routes included (RFC 9110 §9.3.2: the same status and headers as
 * GET, no body). Payload routes by method and answers HEAD with 404, so this runs the GET handler
 * — marked as a HEAD in the request context, so file routes don't audit a download — and drops the
 * body unread.
 */
export const headRoute =
  (getHandler: RouteHandler): RouteHandler =>
  (req, ctx) => {
    const asGet = new Request(req.url, { method: 'GET', headers: req.headers })
    return runWithRequestContext(
      { requestId: requestIdFor(req.headers.get('x-request-id')), clientMethod: 'HEAD' },
      async () => {
        const res = await getHandler(asGet, ctx)
        await res.body?.cancel().catch(() => undefined)
        return new Response(null, {
          status: res.status,
          statusText: res.statusText,
          headers: res.headers,
        })
      },
    )
  }
