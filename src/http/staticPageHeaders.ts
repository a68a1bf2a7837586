import type { Env } from '@/env'
import { locales } from '@/i18n/locales'
import { publicMediaOrigin } from '@/storage/publicUrls'

import { securityHeaders } from './securityHeaders'
import { STATIC_PAGE_HEADERS_KEY } from './staticPages.mjs'

/** What the production server needs to answer a cached page's headers without the proxy. */
export type PublishedStaticPageHeaders = {
  /** The security headers of a cached page (CSP without a nonce; see securityHeaders). */
  security: Record<string, string>
  /** SERVER_URL's origin, for the absolute hreflang URLs. */
  origin: string
  locales: readonly string[]
}

/**
 * Builds the headers of a cached page from the validated environment. Input: the app's `env`.
 * Output: see PublishedStaticPageHeaders. Throws a TypeError when SERVER_URL is not a URL (env
 * validation refuses that first).
 */
export const buildStaticPageHeaders = (env: Env): PublishedStaticPageHeaders => ({
  security: securityHeaders({
    nonce: null,
    staticPage: true,
    serverURL: env.SERVER_URL,
    development: env.NODE_ENV === 'development',
    publicMediaOrigin: publicMediaOrigin(env),
  }),
  origin: new URL(env.SERVER_URL).origin,
  locales,
})

/**
 * Leaves the cached pages' headers where scripts/start.mjs reads them (a global of this process):
 * they depend on the environment the server runs with (https or not, the media CDN), which only the
 * app's validated `env` knows, while the server adds them before Next.js sees the request. Called by
 * `register()` in src/instrumentation.ts, which Next.js runs while the server prepares.
 */
export const publishStaticPageHeaders = (env: Env): void => {
  ;(globalThis as Record<symbol, unknown>)[STATIC_PAGE_HEADERS_KEY] = buildStaticPageHeaders(env)
}
