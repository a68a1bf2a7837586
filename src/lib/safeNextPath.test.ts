import { describe, expect, it } from 'vitest'

import { safeFragment, safeNextPath } from './safeNextPath'

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

describe('safeFragment', () => {
  it('should keep a plain element id', () => {
    expect(safeFragment('#messages')).toBe('#messages')
    expect(safeFragment('#delivery-2')).toBe('#delivery-2')
  })

  it('should drop anything that is not one', () => {
    expect(safeFragment('')).toBe('')
    expect(safeFragment('#')).toBe('')
    expect(safeFragment('#a/b?c')).toBe('')
    expect(safeFragment('#<script>')).toBe('')
    expect(safeFragment(`#${'x'.repeat(65)}`)).toBe('')
  })
})
