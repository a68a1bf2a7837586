import { unstable_cache } from 'next/cache'

import { catalogCacheKey, catalogCacheOptions } from '@/lib/catalogCache'

import { carriesSession } from './cachePolicy'
import { CACHED_PUBLIC_READ, MAX_CACHED_QUERY_LENGTH } from './frontCache.mjs'

/**
 * REST reads answered from Next's data cache (shared by every instance through Redis when
 * REDIS_URL is set): anonymous GETs of the artists and the catalog vocabulary, lists and single
 * documents (CACHED_PUBLIC_READ, the paths npm start's front cache also keeps). Their anonymous
 * answers are the same for every visitor (access shows active artists and public fields only) and
 * change only when an artist, a language, an accent or media changes — each of which expires the
 * `catalog` tag (revalidateCatalog.ts). Media lists are not cached: a new upload shows in them without
 * expiring the catalog. Longer query strings than MAX_CACHED_QUERY_LENGTH are served live.
 */

/**
 * True when `req` may be answered from the cache: a GET without a session (no `payload-token`
 * cookie, no Authorization) of a path above, with a query string of at most 512 characters.
 */
export const isCachedPublicRead = (req: Request): boolean => {
  if (req.method !== 'GET' || carriesSession(req.headers)) return false
  const url = new URL(req.url)
  return CACHED_PUBLIC_READ.test(url.pathname) && url.search.length <= MAX_CACHED_QUERY_LENGTH
}

type StoredAnswer = { status: number; body: string; headers: [string, string][] }

/** Thrown inside the cached function so a non-200 answer is passed on but never stored. */
class Uncacheable {
  constructor(readonly answer: StoredAnswer) {}
}

const store = async (res: Response): Promise<StoredAnswer> => ({
  status: res.status,
  body: await res.text(),
  // No cookie is ever shared between visitors.
  headers: [...res.headers].filter(([name]) => name !== 'set-cookie' && name !== 'date'),
})

const toResponse = ({ status, body, headers }: StoredAnswer): Response =>
  new Response(body, { status, headers })

/**
 * Wraps the REST GET handler: an `isCachedPublicRead` request is answered from the data cache,
 * keyed by its path and query (and the database, see catalogCacheKey), filled by running `live` on
 * a copy of the request without its headers (route context from `contextFor(pathname)`); only 200
 * answers are stored, anything else is answered live with the visitor's own request.
 * Every other request goes to `live` as it is. Output: the handler's Response (headers other than
 * cookies kept).
 */
export const withPublicReadCache = <Ctx>(
  live: (req: Request, ctx: Ctx) => Promise<Response>,
  contextFor: (pathname: string) => Ctx,
): ((req: Request, ctx: Ctx) => Promise<Response>) => {
  const cached = unstable_cache(
    async (pathAndQuery: string, origin: string): Promise<StoredAnswer> => {
      const copy = new Request(`${origin}${pathAndQuery}`, {
        headers: { accept: 'application/json' },
      })
      const answer = await store(await live(copy, contextFor(new URL(copy.url).pathname)))
      if (answer.status !== 200) throw new Uncacheable(answer)
      return answer
    },
    catalogCacheKey('public-read'),
    catalogCacheOptions,
  )
  return async (req, ctx) => {
    if (!isCachedPublicRead(req)) return live(req, ctx)
    const url = new URL(req.url)
    try {
      return toResponse(await cached(`${url.pathname}${url.search}`, url.origin))
    } catch (error) {
      if (error instanceof Uncacheable) return live(req, ctx)
      throw error
    }
  }
}
