// The shared Redis cache of Next.js (ISR pages, unstable_cache data, tag revalidation), used by the
// cache handler Next loads (nextCacheHandler.mjs) and by processes outside Next — the job worker and
// the seed — to expire tags (expireCacheTags.ts). Plain JavaScript: Next loads the handler at run
// time outside the app bundle, so this file cannot use the TypeScript `env` module and reads
// process.env itself (the same variables src/env.ts validates: REDIS_URL, REDIS_CACHE_PREFIX,
// DATABASE_URL, PROJECT_ROOT).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter'
import { Redis } from 'ioredis'

/** The product's default key prefix (REDIS_CACHE_PREFIX overrides it). */
export const DEFAULT_CACHE_PREFIX = 'v14:next:'

/**
 * The key prefix of one deployment's cache entries: `<base><build id>:<16 hex of sha256(database
 * URL)>:`. Every instance of one build on one database shares it; a new build (whose pages reference
 * other script files) or another database (a test run, a fresh seed) never reads the entries of the
 * previous one. Input: base prefix, build id (undefined before the first build: "nobuild"), database URL.
 */
export const cacheKeyPrefix = ({ base, buildId, databaseUrl }) =>
  `${base}${buildId || 'nobuild'}:${crypto
    .createHash('sha256')
    .update(databaseUrl ?? '')
    .digest('hex')
    .slice(0, 16)}:`

/** The build id of the production build in `<projectRoot>/.next`, or undefined when there is none. */
export const readBuildId = (projectRoot) => {
  try {
    return fs.readFileSync(path.join(projectRoot, '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return undefined
  }
}

/**
 * The settings from the environment; `redisUrl` undefined when REDIS_URL is unset or empty.
 * @param {Record<string, string | undefined>} [environment]
 */
export const cacheSettings = (environment = process.env) => ({
  redisUrl: environment.REDIS_URL?.trim() || undefined,
  base: environment.REDIS_CACHE_PREFIX?.trim() || DEFAULT_CACHE_PREFIX,
  databaseUrl: environment.DATABASE_URL ?? '',
  projectRoot: environment.PROJECT_ROOT ? path.resolve(environment.PROJECT_ROOT) : process.cwd(),
})

/** An ioredis client that has connected (rejects after `timeoutMs` or on a connection error). Its
 * commands fail after 2 s without an answer: a Redis that hangs must not hold an edit. */
export const connectRedis = async (redisUrl, timeoutMs = 5_000) => {
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    commandTimeout: 2_000,
  })
  // Without a listener ioredis prints every reconnect error; the handler reports misses instead.
  client.on('error', () => undefined)
  await Promise.race([
    client.connect(),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`Redis at ${redisUrl} did not answer`)), timeoutMs).unref(),
    ),
  ])
  return client
}

/**
 * An ioredis client for a server's cache that never makes a request wait for Redis: it connects in
 * the background and reconnects for ever (ioredis's default back-off, at most 2 s apart), and while
 * it is not connected every command fails at once instead of queueing (`enableOfflineQueue: false`),
 * which the cache handler treats as a miss — pages are then rendered per request, as without a
 * cache. Resolves once connected, or after `waitMs` (default 0.5 s; Next creates the cache handler on
 * the first request, which waits that long once) if Redis does not answer by then: a server started
 * while Redis is down still starts and serves. Input: REDIS_URL.
 */
export const openRedisForServer = async (redisUrl, waitMs = 500) => {
  const client = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0 })
  // Without a listener ioredis prints every reconnect error; the handler reports misses instead.
  client.on('error', () => undefined)
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs)
    timer.unref()
    client.once('ready', () => {
      clearTimeout(timer)
      resolve(undefined)
    })
  })
  if (client.status !== 'ready')
    console.warn(
      `Redis at ${redisUrl} does not answer: pages are rendered per request until it does (the cache resumes by itself).`,
    )
  return client
}

/**
 * The `redis-strings` handler of @fortedigital/nextjs-cache-handler on `client` with this
 * deployment's key prefix. Input: a connected ioredis client, the prefix (cacheKeyPrefix).
 */
export const redisStringsHandler = ({ client, keyPrefix }) =>
  createRedisHandler({ client: ioredisAdapter(client), keyPrefix, timeoutMs: 2_000 })
