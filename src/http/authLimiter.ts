import type { Redis } from 'ioredis'
import type { Pool } from 'pg'
import type { RateLimiterAbstract, RateLimiterStoreAbstract } from 'rate-limiter-flexible'
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'

import type { ActionLimits, AuthAction, LimitWindow } from '@/domain/authLimits'
import { retryAfterSeconds, scaledAuthLimits } from '@/domain/authLimits'
import type { Env } from '@/env'

/** Where the counters live: memory (one process), or a store every server process shares. */
export type LimiterStore =
  { kind: 'memory' } | { kind: 'redis'; client: Redis } | { kind: 'postgres'; pool: Pool }

export type AuthLimiter = {
  store: LimiterStore['kind']
  /**
   * Counts one attempt of `action` against the client's address and, when the action has a
   * per-account limit and the request named an account, against that account. Output: null when
   * the attempt may go ahead, or the whole seconds to wait (for `Retry-After`) when either limit
   * is used up. Never throws: when the shared store fails, an in-memory limiter with the same
   * limits stands in (rate-limiter-flexible's `insuranceLimiter`).
   */
  consume: (args: {
    action: AuthAction
    address: string
    account: string | null
  }) => Promise<{ retryAfter: number } | null>
  /** Forgets the account's attempts of `action` (a successful login, an admin's unlock). */
  clear: (args: { action: AuthAction; account: string }) => Promise<void>
}

/** PostgreSQL schema and table of the counters: outside `public`, where Payload's schema push looks. */
const PG_SCHEMA = 'rate_limits'
const PG_TABLE = 'auth_attempts'

const makeLimiter = (
  store: LimiterStore,
  keyPrefix: string,
  window: LimitWindow,
): RateLimiterAbstract => {
  const options = { keyPrefix, points: window.points, duration: window.seconds }
  const insuranceLimiter = new RateLimiterMemory(options)
  switch (store.kind) {
    case 'memory':
      return insuranceLimiter
    case 'redis':
      return new RateLimiterRedis({ ...options, storeClient: store.client, insuranceLimiter })
    case 'postgres':
      return new RateLimiterPostgres({
        ...options,
        storeClient: store.pool,
        storeType: 'pool',
        schemaName: PG_SCHEMA,
        tableName: PG_TABLE,
        tableCreated: true,
        insuranceLimiter,
      })
  }
}

/**
 * Creates the counters' table in PostgreSQL if it is missing (the layout rate-limiter-flexible's
 * RateLimiterPostgres uses). Run once before the first limiter is built; safe to run from several
 * processes at once.
 */
export const preparePostgresStore = async (pool: Pool): Promise<void> => {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS "${PG_SCHEMA}"`).catch((error: unknown) => {
    // Two processes creating the schema at once: the loser sees a duplicate key; the schema exists.
    if ((error as { code?: string }).code !== '23505') throw error
  })
  // Built through the library so the table is exactly the one it queries.
  await new Promise<void>((resolve, reject) => {
    new RateLimiterPostgres(
      {
        storeClient: pool,
        storeType: 'pool',
        schemaName: PG_SCHEMA,
        tableName: PG_TABLE,
        points: 1,
        duration: 1,
        clearExpiredByTimeout: false,
      },
      (error?: unknown) => (error ? reject(error) : resolve()),
    )
  })
}

/**
 * The limiters for every account action, with `limits` (see src/domain/authLimits.ts), counted in
 * `store`. `namespace` separates the keys of independent deployments or tests sharing one store.
 */
export const createAuthLimiter = ({
  store,
  limits,
  namespace = 'auth',
}: {
  store: LimiterStore
  limits: Record<AuthAction, ActionLimits>
  namespace?: string
}): AuthLimiter => {
  const limiters = new Map<string, RateLimiterAbstract>()
  const limiter = (action: AuthAction, dimension: 'address' | 'account', window: LimitWindow) => {
    const prefix = `${namespace}:${action}:${dimension}`
    let found = limiters.get(prefix)
    if (!found) {
      found = makeLimiter(store, prefix, window)
      limiters.set(prefix, found)
    }
    return found
  }
  const take = async (rl: RateLimiterAbstract, key: string): Promise<number | null> => {
    try {
      await rl.consume(key)
      return null
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return retryAfterSeconds(refusal.msBeforeNext)
      throw refusal
    }
  }
  return {
    store: store.kind,
    consume: async ({ action, address, account }) => {
      const { perAddress, perAccount } = limits[action]
      const byAddress = await take(limiter(action, 'address', perAddress), address)
      if (byAddress !== null) return { retryAfter: byAddress }
      if (!perAccount || account === null) return null
      const byAccount = await take(limiter(action, 'account', perAccount), account)
      return byAccount === null ? null : { retryAfter: byAccount }
    },
    clear: async ({ action, account }) => {
      const { perAccount } = limits[action]
      if (!perAccount) return
      await (limiter(action, 'account', perAccount) as RateLimiterStoreAbstract).delete(account)
    },
  }
}

// One limiter per process, even when the bundler duplicates this module across server chunks.
const SHARED = Symbol.for('14voices.authLimiter')
const slot = globalThis as { [SHARED]?: Promise<AuthLimiter | null> | undefined }

/**
 * This process's limiter, built once from the environment: Redis when `REDIS_URL` is set, else
 * PostgreSQL when the database is (a table `rate_limits.auth_attempts`, created on first use), else
 * memory — right for the embedded SQLite default, which runs as one process; several processes
 * with memory counters would each allow the full limit. When the PostgreSQL table can't be created
 * this process counts in memory (logged); when Redis or PostgreSQL fail later, each request falls
 * back to memory counters until they answer again. Limits: src/domain/authLimits.ts scaled by
 * `RATE_LIMIT_ADDRESS_FACTOR` / `RATE_LIMIT_ACCOUNT_FACTOR`. Null when `RATE_LIMIT_DISABLED` is set
 * (only the benchmark does that).
 */
export const authLimiter = (env: Env): Promise<AuthLimiter | null> => {
  slot[SHARED] ??= (async () => {
    if (env.RATE_LIMIT_DISABLED) return null
    const limits = scaledAuthLimits({
      addressFactor: env.RATE_LIMIT_ADDRESS_FACTOR,
      accountFactor: env.RATE_LIMIT_ACCOUNT_FACTOR,
    })
    if (env.REDIS_URL) {
      const { Redis } = await import('ioredis')
      const client = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 })
      // While Redis is unreachable each process counts in memory (insuranceLimiter); say so once a
      // minute rather than on every reconnect attempt. An unhandled 'error' would crash the process.
      let lastLogged = 0
      client.on('error', (error: Error) => {
        if (Date.now() - lastLogged < 60_000) return
        lastLogged = Date.now()
        console.error(
          `Rate limits: Redis unreachable, counting in memory meanwhile (${error.message})`,
        )
      })
      return createAuthLimiter({ store: { kind: 'redis', client }, limits })
    }
    if (env.database.kind === 'postgres') {
      const { Pool } = await import('pg')
      const pool = new Pool({
        connectionString: env.database.url,
        max: 4,
        idleTimeoutMillis: 10_000,
        allowExitOnIdle: true,
      })
      pool.on('error', () => undefined)
      try {
        await preparePostgresStore(pool)
      } catch (error) {
        // Refusing every login because the counters' table can't be made would be worse.
        console.error('Rate limits: no PostgreSQL table, counting in memory in this process', error)
        await pool.end().catch(() => undefined)
        return createAuthLimiter({ store: { kind: 'memory' }, limits })
      }
      return createAuthLimiter({ store: { kind: 'postgres', pool }, limits })
    }
    return createAuthLimiter({ store: { kind: 'memory' }, limits })
  })().catch((error: unknown) => {
    slot[SHARED] = undefined
    throw error
  })
  return slot[SHARED]
}
