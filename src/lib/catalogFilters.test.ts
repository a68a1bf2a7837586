import { describe, expect, it } from 'vitest'

import { catalogHref, hasActiveFilters, parseCatalogFilters } from './catalogFilters'

describe('parseCatalogFilters', () => {
  it('should keep values that are in the catalog vocabulary', () => {
    expect(
      parseCatalogFilters({ language: 'nl-BE', gender: 'female', age: 'adult', style: 'warm' }),
    ).toEqual({
      language: 'nl-BE',
      gender: 'female',
      age: 'adult',
      style: 'warm',
      q: undefined,
      page: 1,
    })
  })

  it('should drop values that are not in the vocabulary', () => {
    const filters = parseCatalogFilters({
      language: 'klingon',
      gender: 'x',
      age: '',
      style: 'WARM',
    })
    expect(hasActiveFilters(filters)).toBe(false)
  })

  it('should use the first value when a parameter is repeated', () => {
    expect(parseCatalogFilters({ language: ['de', 'fr'] }).language).toBe('de')
  })

  it('should collapse whitespace in the search text and drop it when blank', () => {
    expect(parseCatalogFilters({ q: '  warm   voice ' }).q).toBe('warm voice')
    expect(parseCatalogFilters({ q: '   ' }).q).toBeUndefined()
  })

  it('should cut an overlong search text', () => {
    expect(parseCatalogFilters({ q: 'a'.repeat(500) }).q).toHaveLength(80)
  })

  it.each([
    ['3', 3],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    ['99999', 1],
    [undefined, 1],
  ])('should read page %j as %j', (page, expected) => {
    expect(parseCatalogFilters({ page }).page).toBe(expected)
  })
})

describe('catalogHref', () => {
  it('should be the bare catalog path without filters', () => {
    expect(catalogHref({ page: 1 })).toBe('/')
  })

  it('should keep the filters and the page, leaving out empty values', () => {
    expect(catalogHref({ language: 'nl', style: 'warm', q: 'deep voice', page: 2 })).toBe(
      '/?language=nl&style=warm&q=deep+voice&page=2',
    )
  })

  it('should round-trip through parseCatalogFilters', () => {
    const filters = parseCatalogFilters({ gender: 'male', age: 'mature', q: 'a&b=c', page: '4' })
    const params = Object.fromEntries(new URL(catalogHref(filters), 'http://x').searchParams)
    expect(parseCatalogFilters(params)).toEqual(filters)
  })
})
