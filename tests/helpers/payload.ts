import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'

export type TestContext = {
  payload: Payload
  config: SanitizedConfig
  dataDir: string
  cleanup: () => Promise<void>
}

const postgresBase = () => {
  const url = process.env.DATABASE_URL
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

/** Limits of the Quotas global no test file reaches by accident (see `bootPayload`). */
export const liftedQuotas = {
  bookingsPerHour: 1_000_000,
  bookingsPerDay: 1_000_000,
  deliveriesPerBooking: 1_000_000,
  deliveryBytesPerBooking: 1024 ** 5,
}

/**
 * Boots Payload for one test file on a database of its own — a fresh SQLite file, or a fresh
 * PostgreSQL database when DATABASE_URL is postgres:// — and applies the committed migrations (not a
 * schema push), so every run proves the migrations too. `env` overrides variables for this file.
 *
 * The Quotas global's limits are lifted out of reach (`liftedQuotas`) unless `quotas: 'as-migrated'`:
 * most files book and deliver dozens of times as one user within a minute to test something else,
 * far beyond the default 10 bookings an hour. tests/int/quotas.int.test.ts tests the quotas.
 */
export const bootPayload = async (
  env: Record<string, string> = {},
  { quotas = 'lifted' }: { quotas?: 'lifted' | 'as-migrated' } = {},
): Promise<TestContext> => {
  const id = crypto.randomBytes(5).toString('hex')
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `v14-test-${id}-`))
  const base = postgresBase()
  const dbName = `v14_t_${id}`
  let dropDatabase = async () => {}
  if (base) {
    const { default: pg } = await import('pg')
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${dbName}"`)
    await admin.end()
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: base })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
      await client.end()
    }
  }
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: base ? withDatabase(base, dbName) : `file:${path.join(dataDir, 'test.db')}`,
    PAYLOAD_SECRET: 'test-secret-test-secret-test-secret',
    SERVER_URL: 'http://localhost:3000',
    DB_PUSH: 'false',
    JOBS_AUTORUN: 'false',
    ...env,
  })
  // Every module reads the environment through `@/env`, evaluated once: if a test file imported it
  // (directly or through a helper) before this point, it would hold the developer's database.
  const { env: parsedEnv } = await import('@/env')
  if (parsedEnv.dataDir !== dataDir) {
    throw new Error(
      'src/env.ts was evaluated before bootPayload set the environment: a module imported at the top of this test file (or of a helper) imports @/env. Import it lazily or move what the test needs out of it.',
    )
  }
  const { default: configPromise } = await import('@/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const db = payload.db as unknown as {
    migrate: (args: { migrations: unknown[] }) => Promise<void>
    prodMigrations?: unknown[]
  }
  await db.migrate({ migrations: db.prodMigrations ?? [] })
  if (quotas === 'lifted') {
    const { globalSlugs } = await import('@/slugs')
    await payload.updateGlobal({ slug: globalSlugs.quotas, data: liftedQuotas })
  }
  return {
    payload,
    config,
    dataDir,
    cleanup: async () => {
      await payload.destroy().catch(() => undefined)
      const pool = (
        payload.db as unknown as {
          pool?: { end: () => Promise<void>; on: (e: string, f: () => void) => void }
        }
      ).pool
      // Connections killed by the DROP below are expected; don't let them surface as errors.
      pool?.on('error', () => undefined)
      await Promise.race([
        pool?.end().catch(() => undefined),
        new Promise((r) => setTimeout(r, 2_000)),
      ])
      await dropDatabase()
      await fs.rm(dataDir, { recursive: true, force: true })
    },
  }
}
