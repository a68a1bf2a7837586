import { ageRanges, genders, projectTypes, voiceStyles } from '@/domain/catalog'
import type { ProjectType } from '@/domain/catalog'
import { searchTextOf } from '@/domain/searchText'
import { ACCENT_ID_PATTERN, LANGUAGE_ID_PATTERN } from '@/domain/vocabulary'

import type { SearchParams } from './searchParams'

/** The catalog's sort orders besides the default (best match with a search, else recommended). */
export const catalogSorts = ['recommended', 'price', 'turnaround', 'newest'] as const
export type CatalogSort = (typeof catalogSorts)[number]

/**
 * The catalog's filters as they live in the URL query string. Unknown values are dropped.
 * `language` and `accent` are ids of the agency's vocabulary (checked for shape here; an id
 * nobody uses simply matches no one). Prices are euro cents (the URL has whole euros), and only
 * kept with a project type: a price range is the range of that project type's rate.
 */
export type CatalogFilters = {
  language?: string
  accent?: string
  gender?: string
  age?: string
  style?: string
  /** Artists who take this project type (have a rate for it). */
  projectType?: ProjectType
  minPriceCents?: number
  maxPriceCents?: number
  /** Standard turnaround of at most this many working days. */
  maxTurnaroundDays?: number
  /** Only artists who offer rush delivery. */
  rush?: boolean
  q?: string
  /** Unset: best match first with a search, else recommended. */
  sort?: CatalogSort
  page: number
}

export const CATALOG_PAGE_SIZE = 12

/** Longer queries are cut: they only make the search slower and the cache key bigger. */
const MAX_QUERY_LENGTH = 80
/** Deep pages are refused rather than queried: nobody pages that far, crawlers might. */
const MAX_PAGE = 1000
/** Highest price in the URL, in whole euros. */
const MAX_PRICE_EUROS = 100_000
/** Turnaround is between 1 and 30 working days (Voiceovers.turnaroundDays). */
const MAX_TURNAROUND_DAYS = 30

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const oneOf = <T extends string>(
  list: readonly { value: T }[],
  value: string | string[] | undefined,
): T | undefined => {
  const v = first(value)
  return list.find((o) => o.value === v)?.value
}

const matching = (pattern: RegExp, value: string | string[] | undefined): string | undefined => {
  const v = first(value)
  return v !== undefined && v.length <= 60 && pattern.test(v) ? v : undefined
}

const wholeNumber = (
  value: string | string[] | undefined,
  { min, max }: { min: number; max: number },
): number | undefined => {
  const v = first(value)
  if (!v || !/^\d{1,7}$/.test(v)) return undefined
  const n = Number(v)
  return n >= min && n <= max ? n : undefined
}

const parsePage = (value: string | string[] | undefined): number =>
  wholeNumber(value, { min: 1, max: MAX_PAGE }) ?? 1

const parseQuery = (value: string | string[] | undefined): string | undefined =>
  searchTextOf(first(value) ?? '', MAX_QUERY_LENGTH) || undefined

const parseSort = (value: string | string[] | undefined, q: string | undefined) => {
  const v = first(value)
  const sort = catalogSorts.find((s) => s === v)
  // Without a search, "recommended" is the default and left out, so one page has one URL.
  return sort === 'recommended' && !q ? undefined : sort
}

/**
 * Reads the filters from `searchParams`, keeping only values from the catalog's vocabulary.
 * The result always has the same key order, so it can be used as a cache key as is.
 * URL keys: language, accent, gender, age, style, type, min, max (whole euros), turnaround
 * (days), rush=1, q, sort, page.
 */
export const parseCatalogFilters = (params: SearchParams): CatalogFilters => {
  const projectType = oneOf(projectTypes, params.type)
  const price = (key: string) =>
    projectType ? wholeNumber(params[key], { min: 0, max: MAX_PRICE_EUROS }) : undefined
  const min = price('min')
  const max = price('max')
  const q = parseQuery(params.q)
  return {
    language: matching(LANGUAGE_ID_PATTERN, params.language),
    accent: matching(ACCENT_ID_PATTERN, params.accent),
    gender: oneOf(genders, params.gender),
    age: oneOf(ageRanges, params.age),
    style: oneOf(voiceStyles, params.style),
    projectType,
    minPriceCents: min === undefined ? undefined : min * 100,
    maxPriceCents: max === undefined ? undefined : max * 100,
    maxTurnaroundDays: wholeNumber(params.turnaround, { min: 1, max: MAX_TURNAROUND_DAYS }),
    rush: first(params.rush) === '1' ? true : undefined,
    q,
    sort: parseSort(params.sort, q),
    page: parsePage(params.page),
  }
}

/** True when any filter (other than the sort and the page number) is set. */
export const hasActiveFilters = (filters: CatalogFilters): boolean =>
  Boolean(
    filters.language ||
    filters.accent ||
    filters.gender ||
    filters.age ||
    filters.style ||
    filters.projectType ||
    filters.maxTurnaroundDays ||
    filters.rush ||
    filters.q,
  )

/** The catalog URL for `filters`, in canonical order, with empty values and page 1 left out. */
export const catalogHref = (filters: CatalogFilters): string => {
  const params = new URLSearchParams()
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  set('language', filters.language)
  set('accent', filters.accent)
  set('gender', filters.gender)
  set('age', filters.age)
  set('style', filters.style)
  set('type', filters.projectType)
  if (filters.projectType) {
    set(
      'min',
      filters.minPriceCents === undefined ? undefined : Math.floor(filters.minPriceCents / 100),
    )
    set(
      'max',
      filters.maxPriceCents === undefined ? undefined : Math.ceil(filters.maxPriceCents / 100),
    )
  }
  set('turnaround', filters.maxTurnaroundDays)
  if (filters.rush) set('rush', '1')
  set('q', filters.q)
  if (filters.sort && (filters.sort !== 'recommended' || filters.q)) set('sort', filters.sort)
  if (filters.page > 1) set('page', filters.page)
  const query = params.toString()
  return query ? `/?${query}` : '/'
}
