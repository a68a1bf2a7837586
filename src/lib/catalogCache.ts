import crypto from 'node:crypto'

import { CATALOG_CACHE_TAG } from '@/collections/Voiceovers/hooks/revalidateCatalog'
import { env } from '@/env'

/**
 * Cache options for catalog data. The tag is expired whenever an artist changes. The time limit
 * is a backstop: Next keeps tag expiries in memory only, so after a server restart an entry
 * expired before the restart would otherwise be served again from the on-disk cache.
 */
export const catalogCacheOptions = { tags: [CATALOG_CACHE_TAG], revalidate: 300 }

/**
 * Part of every catalog cache key: the database it was read from. The on-disk cache outlives the
 * server, so a server started on another database (a test run, a fresh seed) must not be served
 * artists cached from the previous one.
 */
export const catalogCacheKey = (name: string): string[] => [
  name,
  crypto.createHash('sha256').update(env.database.url).digest('hex').slice(0, 16),
]
