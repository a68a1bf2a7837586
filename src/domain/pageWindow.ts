/**
 * Paging over a list made of several ordered parts ("segments"), each its own database query: the
 * dashboard's bookings with a deadline (soonest first), then those without one, then finished ones.
 * A database can't be asked for "nulls last" the same way on SQLite and PostgreSQL, and Payload's
 * Local API pages by `page` and `limit` only (no offset), so the page is assembled from the parts.
 * Pure: given each part's size, says which pages of which part to fetch and what to keep.
 */

/** One read of one segment: `page` of size `limit`, keeping `docs.slice(from, to)`. */
export type SegmentRead = { segment: number; page: number; limit: number; from: number; to: number }

export type PageWindow = {
  /** Total across segments. */
  totalDocs: number
  totalPages: number
  /** 1-based; clamped to the last page (and to 1 for an empty list). */
  page: number
  /** 1-based position of the first and last item on the page ("21–40 of 134"); 0 and 0 when empty. */
  first: number
  last: number
  reads: SegmentRead[]
}

/**
 * Plans page `page` of size `pageSize` over segments of sizes `counts`.
 * Input: counts (each ≥ 0), page (≥ 1; beyond the last page it is clamped), pageSize (≥ 1).
 * Output: the window, with at most two reads per segment touched (a slice that crosses a page
 * boundary of that segment needs two aligned pages).
 */
export const planPageWindow = ({
  counts,
  page,
  pageSize,
}: {
  counts: readonly number[]
  page: number
  pageSize: number
}): PageWindow => {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError('pageSize must be ≥ 1')
  const totalDocs = counts.reduce((sum, n) => sum + n, 0)
  const totalPages = Math.max(1, Math.ceil(totalDocs / pageSize))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), totalPages)
  const start = (current - 1) * pageSize
  const end = Math.min(start + pageSize, totalDocs)
  const reads: SegmentRead[] = []
  let segmentStart = 0
  counts.forEach((count, segment) => {
    const segmentEnd = segmentStart + count
    const from = Math.max(start, segmentStart) - segmentStart
    const to = Math.min(end, segmentEnd) - segmentStart
    segmentStart = segmentEnd
    if (to <= from) return
    // Aligned pages of `pageSize` inside this segment that cover [from, to).
    const firstPage = Math.floor(from / pageSize) + 1
    const lastPage = Math.floor((to - 1) / pageSize) + 1
    for (let p = firstPage; p <= lastPage; p++) {
      const pageStart = (p - 1) * pageSize
      reads.push({
        segment,
        page: p,
        limit: pageSize,
        from: Math.max(from, pageStart) - pageStart,
        to: Math.min(to, pageStart + pageSize) - pageStart,
      })
    }
  })
  return {
    totalDocs,
    totalPages,
    page: current,
    first: totalDocs === 0 ? 0 : start + 1,
    last: end,
    reads,
  }
}
