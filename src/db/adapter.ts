import fs from 'node:fs'
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { Env } from '@/env'
import { slugs } from '@/slugs'

import { runCallbacksAfterCommit } from './afterCommit'
import { withHealthyLibsqlConnections } from './healLibsqlConnections'
import { pageBeforeArrays } from './pageBeforeArrays'
import { serializeTransactions } from './serializeTransactions'
import { survivePoolErrors } from './survivePoolErrors'

/**
 * How long an SQLite statement waits for another connection's write lock, ms. libsql runs statements
 * synchronously, so the wait blocks the event loop; and a lock held by a transaction of this same
 * process can't be released during it. The first connection (migrations at start, when another
 * instance may be migrating) waits long; the later ones briefly, leaving longer waits to
 * serializeTransactions' timers.
 */
const SQLITE_BUSY_TIMEOUT_MS = { first: 15_000, later: 100 }

type SqliteMigrations = NonNullable<Parameters<typeof sqliteAdapter>[0]['prodMigrations']>
type PostgresMigrations = NonNullable<Parameters<typeof postgresAdapter>[0]['prodMigrations']>

type DbArgs = {
  env: Env
  migrations: { sqlite: SqliteMigrations; postgres: PostgresMigrations }
}

/**
 * SQLite file by default (zero config), PostgreSQL when DATABASE_URL is postgres://.
 * Schema push is opt-in (DB_PUSH=true) so the committed migrations stay the source of truth;
 * production applies them on start (`prodMigrations`).
 */
export const databaseAdapter = ({ env, migrations }: DbArgs): DatabaseAdapterObj => {
  const push = env.DB_PUSH && !env.isProduction
  if (env.database.kind === 'postgres') {
    return runCallbacksAfterCommit(
      pageBeforeArrays(
        survivePoolErrors(
          postgresAdapter({
            pool: { connectionString: env.database.url, max: 20 },
            push,
            migrationDir: path.join(env.projectRoot, 'src/migrations/postgres'),
            prodMigrations: migrations.postgres,
          }),
        ),
        // Artists: demos, languages, styles and accents are child tables (10,000 rows in a catalog).
        [slugs.voiceovers],
      ),
    )
  }
  // libsql can't create the folder of a new database file: a fresh clone has no data/ yet.
  fs.mkdirSync(path.dirname(env.database.url.slice('file:'.length)), { recursive: true })
  return runCallbacksAfterCommit(
    serializeTransactions(
      withHealthyLibsqlConnections(
        sqliteAdapter({
          client: { url: env.database.url },
          push,
          // Transactions are off by default in Payload's SQLite adapter; the booking workflow relies on them.
          transactionOptions: { behavior: 'immediate' },
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS.first,
          wal: { synchronous: 'NORMAL', journalSizeLimit: 64 * 1024 * 1024 },
          migrationDir: path.join(env.projectRoot, 'src/migrations/sqlite'),
          prodMigrations: migrations.sqlite,
        }),
        SQLITE_BUSY_TIMEOUT_MS.later,
      ),
    ),
  )
}
