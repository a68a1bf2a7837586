import { describe, expect, it } from 'vitest'

import { resolveByteRange } from './byteRange'

// RFC 9110 §14.1.2 examples use a 10,000-byte representation.
const SIZE = 10_000

describe('resolveByteRange', () => {
  it.each([
    ['bytes=0-499', { kind: 'partial', start: 0, end: 499 }],
    ['bytes=500-999', { kind: 'partial', start: 500, end: 999 }],
    ['bytes=-500', { kind: 'partial', start: 9500, end: 9999 }],
    ['bytes=9500-', { kind: 'partial', start: 9500, end: 9999 }],
    ['bytes=0-99999', { kind: 'partial', start: 0, end: 9999 }],
  ] as const)('should read the RFC example %s', (header, expected) => {
    expect(resolveByteRange(SIZE, header)).toEqual(expected)
  })

  it('should serve the whole file for a suffix longer than the file (§14.1.3)', () => {
    expect(resolveByteRange(SIZE, 'bytes=-20000')).toEqual({ kind: 'partial', start: 0, end: 9999 })
  })

  it.each(['bytes= 0-', 'bytes=00-', 'bytes=0 - ', 'Bytes=0-'])(
    'should read %j as the range from the first byte',
    (header) => {
      expect(resolveByteRange(SIZE, header)).toEqual({ kind: 'partial', start: 0, end: 9999 })
    },
  )

  it.each([
    [null],
    [''],
    ['bytes=abc'],
    ['bytes=-'],
    ['bytes=5-2'],
    ['bytes=1-2-3'],
    ['items=0-1'],
    ['bytes=0-1,5-6'],
    ['bytes=0-1, 3-4'],
  ])('should ignore %j and serve the whole file', (header) => {
    expect(resolveByteRange(SIZE, header)).toEqual({ kind: 'full' })
  })

  it.each([['bytes=10000-'], ['bytes=20000-30000'], ['bytes=-0']])(
    'should call %j unsatisfiable',
    (header) => {
      expect(resolveByteRange(SIZE, header)).toEqual({ kind: 'unsatisfiable' })
    },
  )

  it('should call any range of an empty file unsatisfiable', () => {
    expect([resolveByteRange(0, 'bytes=0-'), resolveByteRange(0, 'bytes=-5')]).toEqual([
      { kind: 'unsatisfiable' },
      { kind: 'unsatisfiable' },
    ])
  })
})
