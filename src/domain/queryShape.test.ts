import { describe, expect, it } from 'vitest'

import { isWellFormedId, whereProblem } from './queryShape'

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
  ])('should accept %j', (where) => {
    expect(whereProblem(where, new Set(['id', 'booking']))).toBeNull()
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
  ])('should refuse %j', (where, sentence) => {
    expect(whereProblem(where, new Set(['id', 'booking']))).toBe(sentence)
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
