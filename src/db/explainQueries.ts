import type { Pool } from 'pg'
import type { Payload } from 'payload'

/**
 * Development tooling (tests and `npm run bench`), PostgreSQL only: run a function, record every SQL
 * statement it sends through the adapter's pool, and explain them. Never used by the app at run time.
 */

/** One statement as the adapter sent it. */
export type CapturedQuery = { text: string; values: unknown[] }

/** The plan of one captured statement, reduced to what the index checks need. */
export type ExplainedQuery = CapturedQuery & {
  /** Every `Seq Scan` node's table name, e.g. `["bookings"]`. */
  seqScans: string[]
  /** Every index the plan uses. */
  indexes: string[]
  /** EXPLAIN ANALYZE only: the statement's execution time in ms (planning excluded). */
  executionMs?: number
  plan: unknown
}

type QueryArg = string | { text: string; values?: unknown[] }
type Queryable = { query: (...args: unknown[]) => Promise<unknown> }

const poolOf = (payload: Payload): Pool => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool)
    throw new Error('explainQueries needs the PostgreSQL adapter (DATABASE_URL=postgres://…)')
  return pool
}

/**
 * Runs `fn` and returns its result with the statements it sent (in order). Statements sent inside a
 * transaction (on a checked-out client) are not seen: call `fn` without one.
 */
export const captureQueries = async <T>({
  payload,
  fn,
}: {
  payload: Payload
  fn: () => Promise<T>
}): Promise<{ result: T; queries: CapturedQuery[] }> => {
  const pool = poolOf(payload) as unknown as Queryable
  const original = pool.query
  const queries: CapturedQuery[] = []
  pool.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args as [QueryArg, unknown[] | undefined]
    if (typeof first === 'string') queries.push({ text: first, values: second ?? [] })
    else if (first && typeof first.text === 'string') {
      queries.push({ text: first.text, values: first.values ?? second ?? [] })
    }
    return original.apply(this, args)
  }
  try {
    return { result: await fn(), queries }
  } finally {
    pool.query = original
  }
}

type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

const walk = (node: PlanNode, visit: (n: PlanNode) => void) => {
  visit(node)
  for (const child of node.Plans ?? []) walk(child, visit)
}

/**
 * `EXPLAIN (FORMAT JSON)` — with `analyze: true`, `EXPLAIN (ANALYZE, FORMAT JSON)`, which runs the
 * statement — of each captured read (`select …`; writes are skipped). Output: one entry per statement
 * with the tables read by a sequential scan and the indexes used.
 */
export const explainQueries = async ({
  payload,
  queries,
  analyze = false,
}: {
  payload: Payload
  queries: CapturedQuery[]
  analyze?: boolean
}): Promise<ExplainedQuery[]> => {
  const pool = poolOf(payload)
  const out: ExplainedQuery[] = []
  for (const q of queries) {
    if (!/^\s*select\b/i.test(q.text)) continue
    const { rows } = await pool.query(
      `EXPLAIN (${analyze ? 'ANALYZE, ' : ''}FORMAT JSON) ${q.text}`,
      q.values,
    )
    const [explained] = (
      rows[0] as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time'?: number }] }
    )['QUERY PLAN']
    const seqScans: string[] = []
    const indexes: string[] = []
    walk(explained.Plan, (n) => {
      if (n['Node Type'] === 'Seq Scan' && n['Relation Name']) seqScans.push(n['Relation Name'])
      if (n['Index Name']) indexes.push(n['Index Name'])
    })
    out.push({
      ...q,
      seqScans,
      indexes,
      executionMs: explained['Execution Time'],
      plan: explained.Plan,
    })
  }
  return out
}
