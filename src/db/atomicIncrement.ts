import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

type Row = Record<string, unknown>
type DrizzleLike = {
  all?: (query: unknown) => Promise<Row[]>
  execute?: (query: unknown) => Promise<{ rows: Row[] }>
}
type DrizzleAdapterLike = {
  name: string
  drizzle: DrizzleLike
  sessions: Record<string, { db: DrizzleLike } | undefined>
}

/** The drizzle handle of the request's transaction (or the plain connection outside one). */
export const transactionDb = async (req: PayloadRequest): Promise<DrizzleLike> => {
  const adapter = req.payload.db as unknown as DrizzleAdapterLike
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[String(id)]?.db) || adapter.drizzle
}

export const rows = async (db: DrizzleLike, statement: unknown): Promise<Row[]> => {
  if (db.all) return db.all(statement)
  if (db.execute) return (await db.execute(statement)).rows
  throw new Error('Unsupported database adapter')
}

/**
 * `UPDATE table SET column = COALESCE(column, 0) + 1 WHERE id = ? RETURNING column` inside the
 * request's transaction. The row lock (PostgreSQL) or the write lock (SQLite) serialises concurrent
 * callers, so each gets a distinct number, and a rollback gives the number back (no gaps).
 */
export const incrementColumn = async ({
  req,
  table,
  column,
  id,
}: {
  req: PayloadRequest
  table: string
  column: string
  id: number | string
}): Promise<number> => {
  const db = await transactionDb(req)
  const col = sql.identifier(column)
  const result = await rows(
    db,
    sql`UPDATE ${sql.identifier(table)} SET ${col} = COALESCE(${col}, 0) + 1 WHERE "id" = ${id} RETURNING ${col} AS "value"`,
  )
  if (result.length !== 1) throw new Error(`incrementColumn: no ${table} row with id ${id}`)
  return Number(result[0].value)
}

/** Next value of a named counter (created at 0 on first use), with the same guarantees. */
export const nextCounterValue = async ({
  req,
  key,
}: {
  req: PayloadRequest
  key: string
}): Promise<number> => {
  const db = await transactionDb(req)
  await rows(
    db,
    sql`INSERT INTO "counters" ("key", "value") VALUES (${key}, 0) ON CONFLICT ("key") DO NOTHING RETURNING "id"`,
  )
  const result = await rows(
    db,
    sql`UPDATE "counters" SET "value" = "value" + 1 WHERE "key" = ${key} RETURNING "value"`,
  )
  return Number(result[0].value)
}

/**
 * Takes the row's write lock for the rest of the transaction (`UPDATE … SET id = id`): a second
 * transaction doing the same waits until the first commits, and then sees what it wrote. Used to
 * make "check, then create" sequences safe per booking on PostgreSQL (SQLite serialises anyway).
 */
export const lockRow = async ({
  req,
  table,
  id,
}: {
  req: PayloadRequest
  table: string
  id: number | string
}): Promise<void> => {
  const db = await transactionDb(req)
  await rows(
    db,
    sql`UPDATE ${sql.identifier(table)} SET "id" = "id" WHERE "id" = ${id} RETURNING "id"`,
  )
}
