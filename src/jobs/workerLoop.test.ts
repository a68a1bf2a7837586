import { describe, expect, it } from 'vitest'

import { backoffMs, runWorkerLoop } from './workerLoop'

describe('runWorkerLoop', () => {
  it('should survive failing runs, backing off exponentially, and reset after a success', async () => {
    const stop = new AbortController()
    const outcomes = ['fail', 'fail', 'fail', 'ok', 'fail', 'ok']
    const waits: number[] = []
    const errors: number[] = []
    await runWorkerLoop({
      intervalMs: 1_000,
      maxBackoffMs: 3_000,
      signal: stop.signal,
      runOnce: async () => {
        const next = outcomes.shift()
        if (outcomes.length === 0) stop.abort()
        if (next === 'fail') throw new Error('SQLITE_BUSY: database is locked')
      },
      onError: (_error, failures) => errors.push(failures),
      sleep: async (ms) => {
        waits.push(ms)
      },
    })
    expect({ waits, errors }).toEqual({
      waits: [1_000, 2_000, 3_000, 1_000, 1_000],
      errors: [1, 2, 3, 1],
    })
  })

  it('should not start a run once stopped', async () => {
    const stop = new AbortController()
    stop.abort()
    let runs = 0
    await runWorkerLoop({
      signal: stop.signal,
      runOnce: async () => {
        runs += 1
      },
      onError: () => undefined,
    })
    expect(runs).toBe(0)
  })
})

describe('backoffMs', () => {
  it('should double from the interval and stop at the ceiling', () => {
    expect(
      [1, 2, 3, 4, 10].map((failures) =>
        backoffMs({ failures, intervalMs: 500, maxBackoffMs: 3_000 }),
      ),
    ).toEqual([500, 1_000, 2_000, 3_000, 3_000])
  })
})
