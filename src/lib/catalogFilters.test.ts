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

  it('should keep a project type with its price range in cents, turnaround, rush and sort', () => {
    expect(
      parseCatalogFilters({
        accent: 'british-rp',
        type: 'narration',
        min: '100',
        max: '450',
        turnaround: '2',
        rush: '1',
        sort: 'price',
      }),
    ).toEqual({
      accent: 'british-rp',
      projectType: 'narration',
      minPriceCents: 10_000,
      maxPriceCents: 45_000,
      maxTurnaroundDays: 2,
      rush: true,
      sort: 'price',
      page: 1,
    })
  })

  it('should drop a price range without a project type', () => {
    const filters = parseCatalogFilters({ min: '100', max: '200' })
    expect([filters.minPriceCents, filters.maxPriceCents]).toEqual([undefined, undefined])
  })

  it.each([
    ['language', 'NL'],
    ['language', 'nl_BE'],
    ['accent', 'British RP'],
    ['type', 'jingle'],
    ['turnaround', '0'],
    ['turnaround', '31'],
    ['rush', 'yes'],
    ['sort', 'cheapest'],
  ])('should drop %s=%j', (key, value) => {
    expect(parseCatalogFilters({ [key]: value })).toEqual({ page: 1 })
  })

  it('should leave out the default sort without a search, and keep it with one', () => {
    expect(parseCatalogFilters({ sort: 'recommended' }).sort).toBeUndefined()
    expect(parseCatalogFilters({ sort: 'recommended', q: 'warm' }).sort).toBe('recommended')
  })

  it('should use the first value when a parameter is repeated', () => {
    expect(parseCatalogFilters({ language: ['de', 'fr'] }).language).toBe('de')
  })

  it('should collapse whitespace in the search text and drop it when blank', () => {
    expect(parseCatalogFilters({ q: '  warm   voice ' }).q).toBe('warm voice')
    expect(parseCatalogFilters({ q: '   ' }).q).toBeUndefined()
  })

  it('should drop what nobody types from a search (searchTextOf), and the search when nothing is left', () => {
    expect(parseCatalogFilters({ q: 'warm\u0000 stem\u200b' }).q).toBe('warm stem')
    expect(parseCatalogFilters({ q: '\u200b' }).q).toBeUndefined()
    expect(parseCatalogFilters({ q: '\u202esanne' }).q).toBe('sanne')
  })

  it('should treat a composed and a decomposed accent as the same search', () => {
    expect(parseCatalogFilters({ q: 'Rene\u0301' }).q).toBe('Ren\u00e9')
  })

  it('should cut a long search by characters, never inside an emoji', () => {
    const q = parseCatalogFilters({ q: `${'a'.repeat(79)}🎙️x` }).q ?? ''
    expect(Array.from(q)).toHaveLength(80)
    expect(q.endsWith('🎙')).toBe(true)
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

  it('should write every filter in canonical order with prices in euros', () => {
    expect(
      catalogHref({
        sort: 'newest',
        rush: true,
        maxTurnaroundDays: 3,
        maxPriceCents: 50_000,
        minPriceCents: 10_000,
        projectType: 'commercial',
        accent: 'flemish-neutral',
        language: 'nl-BE',
        page: 1,
      }),
    ).toBe(
      '/?language=nl-BE&accent=flemish-neutral&type=commercial&min=100&max=500&turnaround=3&rush=1&sort=newest',
    )
  })

  it('should round-trip every filter through parseCatalogFilters', () => {
    const filters = parseCatalogFilters({
      language: 'de',
      accent: 'bavarian',
      style: 'deep',
      type: 'ivr',
      min: '0',
      max: '90',
      turnaround: '5',
      rush: '1',
      q: 'warme stem',
      sort: 'recommended',
      page: '2',
    })
    const params = Object.fromEntries(new URL(catalogHref(filters), 'http://x').searchParams)
    expect(parseCatalogFilters(params)).toEqual(filters)
  })

  it('should round-trip through parseCatalogFilters', () => {
    const filters = parseCatalogFilters({ gender: 'male', age: 'mature', q: 'a&b=c', page: '4' })
    const params = Object.fromEntries(new URL(catalogHref(filters), 'http://x').searchParams)
    expect(parseCatalogFilters(params)).toEqual(filters)
  })
})
