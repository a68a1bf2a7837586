import type { CatalogFilters } from './catalogFilters'
import { catalogHref, parseCatalogFilters } from './catalogFilters'
import type { SearchParams } from './searchParams'

/**
 * The catalog with a query (`/en?language=de&page=2`) is rendered by an internal route whose path
 * holds the canonical query: `/en/catalog/language%3Dde%26page%3D2`. `src/proxy.ts` rewrites to it,
 * so Next caches each distinct canonical query once (ISR); unknown parameters, empty values and
 * parameter order never make a second entry.
 */
export const CATALOG_QUERY_SEGMENT = 'catalog'

const toSearchParams = (query: URLSearchParams): SearchParams => {
  const out: SearchParams = {}
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key)
    out[key] = all.length === 1 ? all[0] : all
  }
  return out
}

/** The canonical query string (without `?`) for `query`, '' when it selects the plain catalog. */
export const canonicalCatalogQuery = (query: URLSearchParams): string =>
  catalogHref(parseCatalogFilters(toSearchParams(query))).replace(/^\/\??/, '')

/**
 * Where the proxy sends a catalog request. Input: the locale and the visitor's query. Output: the
 * internal path (`/<locale>/catalog/<canonical query, URL-encoded>`), or `/<locale>` when the query
 * selects nothing (page 1, no filters).
 */
export const catalogRewritePath = (locale: string, query: URLSearchParams): string => {
  const canonical = canonicalCatalogQuery(query)
  return canonical
    ? `/${locale}/${CATALOG_QUERY_SEGMENT}/${encodeURIComponent(canonical)}`
    : `/${locale}`
}

/**
 * The filters of the internal route's segment, or null when the segment is not the canonical form
 * of its own filters (someone typed the internal URL): such a path gets a 404 rather than another
 * cache entry. Input: the segment as Next passes it (may still be URL-encoded).
 */
export const filtersFromSegment = (segment: string): CatalogFilters | null => {
  let decoded = segment
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    // Already decoded by Next and holding a bare `%`: taken as is below.
  }
  const candidate = [segment, decoded].find(
    (s) => s !== '' && canonicalCatalogQuery(new URLSearchParams(s)) === s,
  )
  return candidate === undefined
    ? null
    : parseCatalogFilters(toSearchParams(new URLSearchParams(candidate)))
}
