import { describe, expect, it } from 'vitest'

import type { QueryPaths } from './queryShape'
import { isWellFormedId, searchParamsProblem, whereProblem } from './queryShape'

const paths: QueryPaths = {
  numeric: new Set(['id', 'booking']),
  dates: new Set(['createdAt', 'deadline']),
  hasMany: new Set(['styles']),
  points: new Set(),
}

describe('whereProblem', () => {
  it.each([
    [undefined],
    [{ name: { equals: 'Sanne' } }],
    [{ name: { like: 'san' }, active: { equals: true } }],
    [{ id: { in: '1,2,3' } }],
    [{ id: { in: ['1', 2] } }],
    [{ deadline: { less_than: '2026-12-01T00:00:00.000Z' } }],
    [{ or: [{ name: { equals: 'a' } }, { name: { equals: 'b' } }] }],
    [{ and: { 0: { booking: { equals: '4' } } } }],
    [{ booking: { exists: 'false' } }],
    [{ styles: { all: 'warm,calm' } }],
    [{ createdAt: { greater_than: '2026-11-30' } }],
  ])('should accept %j', (where) => {
    expect(whereProblem(where, paths)).toBeNull()
  })

  it.each([
    [
      { name: { equals: { $ne: 'x' } } },
      'where[name][equals] must be a plain value, not an object or list.',
    ],
    [{ name: { $ne: 'x' } }, 'where[name][$ne]: "$ne" is not a query operator.'],
    [{ name: 'x' }, 'where[name] must name an operator, e.g. where[name][equals]=…'],
    [{ id: { equals: 'abc' } }, 'where[id][equals] must be a number.'],
    [{ id: { in: '1,x' } }, 'where[id][in] must list numbers.'],
    [{ name: { in: [{ a: 1 }] } }, 'where[name][in] must be a list of plain values.'],
    [{ or: 'x' }, 'where[or] must be a list of conditions.'],
    [{ or: [{ booking: { equals: 'two' } }] }, 'where[or][0][booking][equals] must be a number.'],
    [
      { deadline: { greater_than: 'notadate' } },
      'where[deadline][greater_than] must be a date, e.g. 2026-12-01 or 2026-12-01T09:00:00Z.',
    ],
    [{ createdAt: { in: '2026-01-01,x' } }, 'where[createdAt][in] must list dates.'],
    [{ name: { near: '1,2' } }, 'where[name][near]: "near" applies only to geographic points.'],
    [
      { name: { all: 'x' } },
      'where[name][all]: "all" applies only to fields that hold several values.',
    ],
  ])('should refuse %j', (where, sentence) => {
    expect(whereProblem(where, paths)).toBe(sentence)
  })
})

describe('isWellFormedId', () => {
  it.each([[1], ['1'], ['42'], [9007199254740991]])('should accept %j', (id) => {
    expect(isWellFormedId(id)).toBe(true)
  })
  it.each([['abc'], ['versions'], ['0'], ['-1'], ['1.5'], [0], [-3], [1.5], ['01'], [{}]])(
    'should refuse %j',
    (id) => {
      expect(isWellFormedId(id)).toBe(false)
    },
  )
})

describe('searchParamsProblem', () => {
  it.each([
    ['limit=20&page=2&depth=0'],
    ['where[name][equals]=x'],
    ['where=%7B%22name%22%3A%7B%22equals%22%3A%22x%22%7D%7D'],
    ['limit=0'],
    [''],
  ])('should accept %j', (query) => {
    expect(searchParamsProblem(new URLSearchParams(query))).toBeNull()
  })

  it.each([
    ['where=abc', 'where must be JSON, or use the bracket form (where[name][equals]=…).'],
    ['data={', 'data must be JSON.'],
    ['limit=abc', 'limit must be a whole number of at least 0.'],
    ['limit=-5', 'limit must be a whole number of at least 0.'],
    ['page=-1', 'page must be a whole number of at least 1.'],
    ['page=0', 'page must be a whole number of at least 1.'],
    ['depth=1.5', 'depth must be a whole number of at least 0.'],
  ])('should refuse %j', (query, sentence) => {
    expect(searchParamsProblem(new URLSearchParams(query))).toBe(sentence)
  })
})
