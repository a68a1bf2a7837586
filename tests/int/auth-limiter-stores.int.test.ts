import crypto from 'node:crypto'

import { Redis } from 'ioredis'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_AUTH_LIMITS } from '@/domain/authLimits'
import type { AuthLimiter, LimiterStore } from '@/http/authLimiter'
import { createAuthLimiter, preparePostgresStore } from '@/http/authLimiter'

// The Redis and PostgreSQL every developer machine and CI run on loopback; REDIS_URL and a
// postgres:// DATABASE_URL override them.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const POSTGRES_URL = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
  ? (process.env.DATABASE_URL as string)
  : 'postgres://postgres@127.0.0.1:5432/postgres'

const id = crypto.randomBytes(4).toString('hex')
const unique = () => crypto.randomBytes(4).toString('hex')
const database = `v14_rl_${id}`
const withDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

const redisClients = [
  new Redis(REDIS_URL, { lazyConnect: true }),
  new Redis(REDIS_URL, { lazyConnect: true }),
]
let pools: pg.Pool[] = []

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${database}"`)
  await admin.end()
  pools = [0, 1].map(() => new pg.Pool({ connectionString: withDatabase(POSTGRES_URL, database) }))
  await preparePostgresStore(pools[0]!)
})

afterAll(async () => {
  await Promise.all(redisClients.map((c) => c.quit()))
  await Promise.all(pools.map((p) => p.end()))
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  await admin.end()
})

// Two limiters with connections of their own stand for two server processes; the namespace keeps
// this run's keys apart from any other's.
const twoProcesses = (stores: () => [LimiterStore, LimiterStore]): [AuthLimiter, AuthLimiter] =>
  stores().map((store) =>
    createAuthLimiter({ store, limits: DEFAULT_AUTH_LIMITS, namespace: `test-${id}` }),
  ) as [AuthLimiter, AuthLimiter]

describe.each([
  [
    'Redis',
    (): [LimiterStore, LimiterStore] => [
      { kind: 'redis', client: redisClients[0]! },
      { kind: 'redis', client: redisClients[1]! },
    ],
  ],
  [
    'PostgreSQL',
    (): [LimiterStore, LimiterStore] => [
      { kind: 'postgres', pool: pools[0]! },
      { kind: 'postgres', pool: pools[1]! },
    ],
  ],
])('rate limits kept in %s', (_name, stores) => {
  it('should refuse the attempt after the limit even when the processes took turns', async () => {
    const [processA, processB] = twoProcesses(stores)
    const account = `anna-${unique()}@example.com`
    const { points } = DEFAULT_AUTH_LIMITS.forgotPassword.perAccount!
    const answers = []
    for (let i = 0; i < points; i += 1) {
      const limiter = i % 2 === 0 ? processA : processB
      answers.push(
        await limiter.consume({ action: 'forgotPassword', address: `a-${unique()}`, account }),
      )
    }
    const refused = await processB.consume({
      action: 'forgotPassword',
      address: `a-${unique()}`,
      account,
    })
    const { seconds } = DEFAULT_AUTH_LIMITS.forgotPassword.perAccount!
    const retryAfter = refused?.retryAfter ?? 0
    expect([answers, retryAfter > 0 && retryAfter <= seconds]).toEqual([
      Array(points).fill(null),
      true,
    ])
  })

  it('should clear an account in every process when one clears it', async () => {
    const [processA, processB] = twoProcesses(stores)
    const account = `bram-${unique()}@example.com`
    const address = `a-${unique()}`
    const { points } = DEFAULT_AUTH_LIMITS.login.perAccount!
    for (let i = 0; i < points; i += 1) {
      await processA.consume({ action: 'login', address, account })
    }
    await processA.clear({ action: 'login', account })
    expect(await processB.consume({ action: 'login', address, account })).toBeNull()
  })
})
