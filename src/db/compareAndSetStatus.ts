import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

type DrizzleLike = {
  run?: (query: unknown) => Promise<{ rowsAffected: number }>
  execute?: (query: unknown) => Promise<{ rowCount: number | null }>
}

type DrizzleAdapterLike = {
  name: string
  drizzle: DrizzleLike
  sessions: Record<string, { db: DrizzleLike } | undefined>
}

/**
 * Atomically moves a row's `status` from `from` to `to` inside the request's transaction, writing the
 * `set` columns (database column names, e.g. `status_changed_at`; ISO strings for dates) in the same
 * statement: `UPDATE … SET status = ?, … WHERE id = ? AND status = ?`. Returns false when another
 * request changed the status first — the database decides, not a read-then-write in application
 * code. On PostgreSQL the losing transaction waits for the row lock and then sees the new status; on
 * SQLite write transactions are serialised (BEGIN IMMEDIATE). Throws on an unknown adapter.
 */
export const compareAndSetStatus = async ({
  req,
  table,
  id,
  from,
  to,
  set = {},
}: {
  req: PayloadRequest
  table: string
  id: number | string
  from: string
  to: string
  set?: Record<string, string | number | null>
}): Promise<boolean> => {
  const adapter = req.payload.db as unknown as DrizzleAdapterLike
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db =
    (transactionID !== undefined && adapter.sessions[String(transactionID)]?.db) || adapter.drizzle
  const assignments = [
    sql`"status" = ${to}`,
    ...Object.entries(set).map(([column, value]) => sql`${sql.identifier(column)} = ${value}`),
  ]
  const statement = sql`UPDATE ${sql.identifier(table)} SET ${sql.join(assignments, sql`, `)} WHERE "id" = ${id} AND "status" = ${from}`
  if (db.run) {
    const result = await db.run(statement)
    return result.rowsAffected === 1
  }
  if (db.execute) {
    const result = await db.execute(statement)
    return result.rowCount === 1
  }
  throw new Error(`compareAndSetStatus: unsupported database adapter ${adapter.name}`)
}
