import type { BaseDatabaseAdapter, DatabaseAdapterObj, PaginatedDocs, TypeWithID } from 'payload'

/**
 * Payload's PostgreSQL adapter reads a collection with array and hasMany fields in one statement that
 * aggregates their child rows per document (`LEFT JOIN LATERAL … json_agg`) before its ORDER BY and
 * LIMIT. When no index serves the sort (`?sort=turnaroundDays`, `?sort=-rates.commercial`, …),
 * PostgreSQL aggregates the arrays of every matching row and then keeps a page of them: ~300 ms for
 * 20 of 10,000 artists. For the `collections` given, a paginated find here first pages the ids alone
 * (the same where, sort, page and limit, with the total: a few ms over narrow rows), then reads just
 * those documents in full and returns them in that order — the same result, whatever the sort.
 * Finds without a limit (`pagination: false` / `limit: 0`) are passed through unchanged.
 */
export const pageBeforeArrays = (
  adapterObj: DatabaseAdapterObj,
  collections: readonly string[],
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter
    const find = adapter.find.bind(adapter)
    adapter.find = async <T = TypeWithID>(
      findArgs: Parameters<BaseDatabaseAdapter['find']>[0],
    ): Promise<PaginatedDocs<T>> => {
      if (!collections.includes(findArgs.collection) || !findArgs.limit) return find<T>(findArgs)
      const page = await find<TypeWithID>({ ...findArgs, select: { id: true } })
      if (page.docs.length === 0) return page as unknown as PaginatedDocs<T>
      const ids = page.docs.map((doc) => doc.id)
      const full = await find<TypeWithID>({
        ...findArgs,
        where: { id: { in: ids } },
        page: 1,
        limit: ids.length,
        pagination: false,
      })
      const byId = new Map(full.docs.map((doc) => [doc.id, doc]))
      return {
        ...page,
        docs: ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as unknown as T] : [])),
      }
    }
    return adapter
  },
})
