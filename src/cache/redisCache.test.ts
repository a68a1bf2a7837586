import { describe, expect, it } from 'vitest'

import { DEFAULT_CACHE_PREFIX, cacheKeyPrefix, cacheSettings } from './redisCache.mjs'

describe('cacheKeyPrefix', () => {
  it('should differ per build and per database, and be stable otherwise', () => {
    const a = cacheKeyPrefix({ base: 'p:', buildId: 'b1', databaseUrl: 'file:/a.db' })
    expect([
      a,
      a === cacheKeyPrefix({ base: 'p:', buildId: 'b1', databaseUrl: 'file:/a.db' }),
      a === cacheKeyPrefix({ base: 'p:', buildId: 'b2', databaseUrl: 'file:/a.db' }),
      a === cacheKeyPrefix({ base: 'p:', buildId: 'b1', databaseUrl: 'file:/b.db' }),
    ]).toEqual([expect.stringMatching(/^p:b1:[0-9a-f]{16}:$/), true, false, false])
  })

  it('should name a missing build', () => {
    expect(cacheKeyPrefix({ base: 'p:', buildId: undefined, databaseUrl: '' })).toMatch(
      /^p:nobuild:/,
    )
  })
})

describe('cacheSettings', () => {
  it('should treat an empty REDIS_URL as unset and default the prefix', () => {
    expect(cacheSettings({ REDIS_URL: ' ', DATABASE_URL: 'x' })).toMatchObject({
      redisUrl: undefined,
      base: DEFAULT_CACHE_PREFIX,
      databaseUrl: 'x',
    })
  })
})
