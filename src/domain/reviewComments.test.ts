import { describe, expect, it } from 'vitest'

import {
  deliveryPeakPairs,
  formatSpan,
  formatTimecode,
  numberPickups,
  pickupListText,
  resolutionVersion,
  reviewTimeProblem,
} from './reviewComments'

describe('time codes', () => {
  it.each([
    [0, '0:00.0'],
    [2.04, '0:02.0'],
    [2.05, '0:02.1'],
    [59.96, '1:00.0'],
    [75.36, '1:15.4'],
    [3600, '60:00.0'],
    [-3, '0:00.0'],
    [Number.NaN, '0:00.0'],
  ])('should write %f seconds as %s', (seconds, written) => {
    expect(formatTimecode(seconds)).toBe(written)
  })

  it('should write a region as its start and end', () => {
    expect(formatSpan(2, 4.5)).toBe('0:02.0–0:04.5')
  })
})

describe('comment times', () => {
  const duration = 10
  it.each([
    [2, undefined, null],
    [2, null, null],
    [0, 10, null],
    [10, undefined, null],
    [undefined, undefined, 'startMissing'],
    ['2', undefined, 'startNotNumber'],
    [Number.POSITIVE_INFINITY, undefined, 'startNotNumber'],
    [-0.1, undefined, 'startNegative'],
    [10.1, undefined, 'startPastEnd'],
    [2, '3', 'endNotNumber'],
    [2, 2, 'endNotAfterStart'],
    [2, 1, 'endNotAfterStart'],
    [2, 10.5, 'endPastEnd'],
  ])('should judge start %s and end %s as %s', (startSeconds, endSeconds, problem) => {
    expect(reviewTimeProblem({ startSeconds, endSeconds, durationSeconds: duration })).toBe(problem)
  })

  it('should accept any start past 0 when the duration is unknown', () => {
    expect(reviewTimeProblem({ startSeconds: 500, endSeconds: 600, durationSeconds: null })).toBe(
      null,
    )
  })
})

describe('pickup list', () => {
  const open = [
    { id: 7, version: 2, startSeconds: 1, body: 'Later version' },
    { id: 5, version: 1, startSeconds: 8, endSeconds: 9.5, body: 'End line' },
    { id: 6, version: 1, startSeconds: 2, body: 'Warmer' },
    { id: 4, version: 1, startSeconds: 2, body: 'Written first' },
  ]

  it('should number the open comments by version, then time, then order of writing', () => {
    expect(numberPickups(open).map((p) => [p.number, p.id])).toEqual([
      [1, 4],
      [2, 6],
      [3, 5],
      [4, 7],
    ])
  })

  it('should write one numbered line per pickup for the email', () => {
    expect(pickupListText(numberPickups(open.slice(1, 3)))).toBe(
      '1. 0:02.0 — Warmer\n2. 0:08.0–0:09.5 — End line',
    )
  })

  it('should make no list from no comments', () => {
    expect(numberPickups([])).toEqual([])
  })
})

describe('resolving a pickup', () => {
  it('should resolve a pickup in a newer version', () => {
    expect(resolutionVersion({ commentVersion: 1, latestVersion: 2 })).toBe(2)
  })

  it('should not resolve a pickup in the version it was made on', () => {
    expect(resolutionVersion({ commentVersion: 2, latestVersion: 2 })).toBe(null)
  })
})

describe('waveform resolution of a delivery', () => {
  it.each([
    [1, 1000],
    [60, 1200],
    [600, 12_000],
    [0, 1000],
  ])('should give %i seconds %i pairs', (seconds, pairs) => {
    expect(deliveryPeakPairs(seconds)).toBe(pairs)
  })
})
