import { describe, expect, it } from 'vitest'

import { planPageWindow } from './pageWindow'

/** Runs a plan against in-memory segments, as the loader does against the database. */
const assemble = (segments: string[][], page: number, pageSize: number) => {
  const plan = planPageWindow({ counts: segments.map((s) => s.length), page, pageSize })
  const items = plan.reads.flatMap((r) =>
    segments[r.segment]!.slice((r.page - 1) * r.limit, r.page * r.limit).slice(r.from, r.to),
  )
  return { plan, items }
}

const seg = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe('planPageWindow', () => {
  it('should page through the segments in order without gaps or repeats', () => {
    const segments = [seg('a', 23), seg('b', 5), seg('c', 31)]
    const all = segments.flat()
    const pages = [1, 2, 3].map((p) => assemble(segments, p, 20).items)
    expect(pages.flat()).toEqual(all)
    expect(pages.map((p) => p.length)).toEqual([20, 20, 19])
  })

  it('should read a segment slice that crosses a page boundary with two aligned pages', () => {
    // Page 2 of size 10 over [13, 30]: a10..a12, then b0..b6; page 3 crosses b's first page.
    const window = planPageWindow({ counts: [13, 30], page: 2, pageSize: 10 })
    expect(window.reads).toEqual([
      { segment: 0, page: 2, limit: 10, from: 0, to: 3 },
      { segment: 1, page: 1, limit: 10, from: 0, to: 7 },
    ])
    const page3 = planPageWindow({ counts: [13, 30], page: 3, pageSize: 10 })
    expect(page3.reads).toEqual([
      { segment: 1, page: 1, limit: 10, from: 7, to: 10 },
      { segment: 1, page: 2, limit: 10, from: 0, to: 7 },
    ])
  })

  it('should count positions as people read them', () => {
    const window = planPageWindow({ counts: [100, 34], page: 2, pageSize: 20 })
    expect([window.first, window.last, window.totalDocs, window.totalPages]).toEqual([
      21, 40, 134, 7,
    ])
  })

  it('should clamp a page past the end to the last page', () => {
    const window = planPageWindow({ counts: [45], page: 9, pageSize: 20 })
    expect([window.page, window.first, window.last]).toEqual([3, 41, 45])
  })

  it('should plan no reads for an empty list', () => {
    const window = planPageWindow({ counts: [0, 0], page: 1, pageSize: 20 })
    expect(window).toEqual({ totalDocs: 0, totalPages: 1, page: 1, first: 0, last: 0, reads: [] })
  })

  it('should refuse a page size below 1', () => {
    expect(() => planPageWindow({ counts: [1], page: 1, pageSize: 0 })).toThrow(RangeError)
  })
})
