import { describe, expect, it } from 'vitest'

import { safeNextPath } from './safeNextPath'

describe('safeNextPath', () => {
  it.each(['/', '/book/anna-de-vries', '/account/bookings?status=open#top'])(
    'should allow the relative path %j',
    (path) => {
      expect(safeNextPath(path)).toBe(path)
    },
  )

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'book/anna',
    '',
  ])('should refuse %j and fall back', (value) => {
    expect(safeNextPath(value, '/fallback')).toBe('/fallback')
  })

  it('should fall back when the parameter is missing or repeated', () => {
    expect(safeNextPath(undefined)).toBe('/')
    expect(safeNextPath(['/a', '/b'])).toBe('/')
  })

  it('should give null for a missing parameter when asked to tell it apart', () => {
    expect(safeNextPath(undefined, null)).toBeNull()
  })
})
