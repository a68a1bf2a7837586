import type { Redis } from 'ioredis'

import { env } from '@/env'
import { bumpLocalGeneration, redisGenerationKey } from '@/http/frontCache.mjs'

import {
  cacheKeyPrefix,
  cacheSettings,
  connectRedis,
  readBuildId,
  redisStringsHandler,
} from './redisCache.mjs'

/** How long an idle Redis connection of this module stays open (the seed and worker must exit). */
const IDLE_MS = 2_000

let shared: { client: Promise<Redis>; idle?: ReturnType<typeof setTimeout> } | null = null

const redisClient = (redisUrl: string): Promise<Redis> => {
  if (!shared) {
    const client = connectRedis(redisUrl)
    client.catch(() => {
      shared = null
    })
    shared = { client }
  }
  clearTimeout(shared.idle)
  const current = shared
  current.idle = setTimeout(() => {
    if (shared === current) shared = null
    void current.client.then((c) => c.quit()).catch(() => undefined)
  }, IDLE_MS)
  current.idle.unref()
  return current.client
}

/**
 * Expires `tags` in the shared Redis cache, as the Next servers' handler does (redisCache.mjs), then
 * moves the shared generation on, so every server's front cache (src/http/frontCache.mjs) stops
 * serving what it stored before — in that order: a request in between must not store Next's old
 * answer under the new generation.
 */
const expireInRedis = async (redisUrl: string, tags: string[]): Promise<void> => {
  const settings = cacheSettings()
  const client = await redisClient(redisUrl)
  const keyPrefix = cacheKeyPrefix({
    base: settings.base,
    buildId: readBuildId(settings.projectRoot),
    databaseUrl: settings.databaseUrl,
  })
  const handler = redisStringsHandler({ client, keyPrefix })
  for (const tag of tags) await handler.revalidateTag(tag)
  await client.incr(redisGenerationKey(keyPrefix))
}

/** How often an expiry that Redis refused is tried again, and for how long (ms). */
const RETRY_EVERY_MS = 2_000
const RETRY_FOR_MS = 10 * 60 * 1000

/** Tags whose expiry in Redis failed and is tried again (see retryInRedis). */
const owed = new Set<string>()
/** Until when the owed tags are tried again (ms since the epoch); 0 while nothing is owed. */
let retryUntil = 0

const retryLater = (redisUrl: string): void => {
  setTimeout(() => void retryOwed(redisUrl), RETRY_EVERY_MS).unref()
}

const retryOwed = async (redisUrl: string): Promise<void> => {
  const trying = [...owed]
  owed.clear()
  try {
    await expireInRedis(redisUrl, trying)
    console.warn(`expired cache tags ${trying.join(', ')} in Redis now that it answers again`)
  } catch {
    for (const tag of trying) owed.add(tag)
    if (Date.now() > retryUntil) {
      console.error(`gave up expiring cache tags ${[...owed].join(', ')} in Redis`)
      owed.clear()
    }
  }
  if (owed.size === 0) retryUntil = 0
  else retryLater(redisUrl)
}

/**
 * Tries the expiry of `tags` in Redis again every RETRY_EVERY_MS until it works, for RETRY_FOR_MS
 * after the last failure. Without it an edit made while Redis was away left its pages in Redis as
 * they were, served for up to their time limit once Redis was back (Redis keeps its data over a
 * restart). The timer doesn't keep a script alive: the seed and the worker only try while they run.
 */
const retryInRedis = (redisUrl: string, tags: string[]): void => {
  for (const tag of tags) owed.add(tag)
  const scheduled = retryUntil !== 0
  retryUntil = Date.now() + RETRY_FOR_MS
  if (!scheduled) retryLater(redisUrl)
}

/**
 * Expires the cache entries carrying any of `tags` — cached catalog data and the ISR pages built
 * from it — for every server instance. With REDIS_URL the entries are deleted from Redis directly and
 * awaited, so the next request to any instance misses them; this also works from processes outside
 * Next (the job worker, the seed, scripts). Next's own `revalidateTag` then runs too when called inside
 * a Next server (it also updates that process's tag state; outside Next it throws, which is ignored).
 * Last, this process's front-cache generation moves on (src/http/frontCache.mjs: npm start answers
 * repeat anonymous requests from memory until then).
 * Errors reaching Redis are logged, not thrown: a failed expiry must not fail the edit. It is tried
 * again in the background until Redis answers (retryInRedis); the pages' time limit is the backstop.
 */
export const expireCacheTags = async (tags: string[]): Promise<void> => {
  if (env.REDIS_URL) {
    try {
      await expireInRedis(env.REDIS_URL, tags)
    } catch (error) {
      console.error(
        `expiring cache tags ${tags.join(', ')} in Redis failed (tried again until it answers):`,
        error instanceof Error ? error.message : error,
      )
      retryInRedis(env.REDIS_URL, tags)
    }
  }
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    // Outside a Next.js request (seed script, worker, CLI, tests) Next has no cache to expire here.
  }
  bumpLocalGeneration()
}
