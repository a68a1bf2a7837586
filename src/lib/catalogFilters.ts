import { ageRanges, genders, languages, voiceStyles } from '@/domain/catalog'

import type { SearchParams } from './searchParams'

/** The catalog's filters as they live in the URL query string. Unknown values are dropped. */
export type CatalogFilters = {
  language?: string
  gender?: string
  age?: string
  style?: string
  q?: string
  page: number
}

export const CATALOG_PAGE_SIZE = 12

/** Longer queries are cut: they only make the LIKE scan slower and the cache key bigger. */
const MAX_QUERY_LENGTH = 80
/** Deep pages are refused rather than queried: nobody pages that far, crawlers might. */
const MAX_PAGE = 1000

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const oneOf = (
  list: readonly { value: string }[],
  value: string | string[] | undefined,
): string | undefined => {
  const v = first(value)
  return v !== undefined && list.some((o) => o.value === v) ? v : undefined
}

const parsePage = (value: string | string[] | undefined): number => {
  const v = first(value)
  if (!v || !/^\d{1,4}$/.test(v)) return 1
  const n = Number(v)
  return n >= 1 && n <= MAX_PAGE ? n : 1
}

const parseQuery = (value: string | string[] | undefined): string | undefined => {
  const v = first(value)?.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  return v ? v : undefined
}

/**
 * Reads the filters from `searchParams`, keeping only values from the catalog's vocabulary.
 * The result always has the same key order, so it can be used as a cache key as is.
 */
export const parseCatalogFilters = (params: SearchParams): CatalogFilters => ({
  language: oneOf(languages, params.language),
  gender: oneOf(genders, params.gender),
  age: oneOf(ageRanges, params.age),
  style: oneOf(voiceStyles, params.style),
  q: parseQuery(params.q),
  page: parsePage(params.page),
})

/** True when any filter (other than the page number) is set. */
export const hasActiveFilters = (filters: CatalogFilters): boolean =>
  Boolean(filters.language || filters.gender || filters.age || filters.style || filters.q)

/** The catalog URL for `filters`, with empty values and page 1 left out. */
export const catalogHref = (filters: CatalogFilters): string => {
  const params = new URLSearchParams()
  for (const key of ['language', 'gender', 'age', 'style', 'q'] as const) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  if (filters.page > 1) params.set('page', String(filters.page))
  const query = params.toString()
  return query ? `/?${query}` : '/'
}
