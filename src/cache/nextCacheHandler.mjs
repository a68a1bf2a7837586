// The cache handler Next.js loads (next.config.ts `cacheHandler`) for its incremental cache: ISR
// pages, `unstable_cache` data and tag revalidation. With REDIS_URL every server instance shares one
// cache in Redis (@fortedigital/nextjs-cache-handler, redis-strings handler); without it Next's own
// file-system cache is used unchanged. The choice is made when the server starts, not at build, so
// one build serves both. `next build` never uses Redis: the build prerenders no database pages.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import {
  cacheKeyPrefix,
  cacheSettings,
  openRedisForServer,
  readBuildId,
  redisStringsHandler,
} from './redisCache.mjs'

const settings = cacheSettings()
const useRedis =
  settings.redisUrl !== undefined && process.env.NEXT_PHASE !== 'phase-production-build'

if (useRedis) {
  CacheHandler.onCreation(async ({ buildId }) => {
    const client = await openRedisForServer(settings.redisUrl)
    const keyPrefix = cacheKeyPrefix({
      base: settings.base,
      buildId: buildId?.trim() || readBuildId(settings.projectRoot),
      databaseUrl: settings.databaseUrl,
    })
    return { handlers: [redisStringsHandler({ client, keyPrefix })] }
  })
}

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

// Next.js loads a cache handler through its default export.
export default useRedis ? CacheHandler : FileSystemCache
