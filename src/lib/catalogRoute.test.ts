import { describe, expect, it } from 'vitest'

import { canonicalCatalogQuery, catalogRewritePath, filtersFromSegment } from './catalogRoute'

const query = (s: string) => new URLSearchParams(s)

describe('catalogRewritePath', () => {
  it('should send a query that selects nothing to the plain catalog', () => {
    expect(catalogRewritePath('en', query('utm_source=mail&page=1&account=deleted'))).toBe('/en')
  })

  it('should give the same path whatever the order, unknown parameters and empty values', () => {
    const a = catalogRewritePath('nl', query('gender=female&language=de&foo=1&age='))
    const b = catalogRewritePath('nl', query('language=de&gender=female'))
    expect([a, b]).toEqual([
      '/nl/catalog/language%3Dde%26gender%3Dfemale',
      '/nl/catalog/language%3Dde%26gender%3Dfemale',
    ])
  })

  it('should drop values outside the catalog vocabulary', () => {
    expect(catalogRewritePath('en', query('language=klingon&page=2'))).toBe('/en/catalog/page%3D2')
  })
})

describe('filtersFromSegment', () => {
  it('should read the filters of a canonical segment, encoded or already decoded', () => {
    const encoded = catalogRewritePath('en', query('q=anna de&page=3')).split('/').pop()!
    expect([filtersFromSegment(encoded), filtersFromSegment(decodeURIComponent(encoded))]).toEqual([
      expect.objectContaining({ q: 'anna de', page: 3 }),
      expect.objectContaining({ q: 'anna de', page: 3 }),
    ])
  })

  it('should keep a search for a percent sign', () => {
    const segment = catalogRewritePath('en', query('q=100%25')).split('/').pop()!
    expect(filtersFromSegment(decodeURIComponent(segment))?.q).toBe('100%')
  })

  it('should refuse a segment that is not canonical, so typed URLs make no cache entries', () => {
    expect(
      ['page%3D1', 'gender%3Dfemale%26language%3Dde', 'foo%3D1', '', '%E0%A4%A'].map(
        filtersFromSegment,
      ),
    ).toEqual([null, null, null, null, null])
  })
})

describe('canonicalCatalogQuery', () => {
  it('should take the first of repeated parameters', () => {
    expect(canonicalCatalogQuery(query('gender=male&gender=female'))).toBe('gender=male')
  })
})
