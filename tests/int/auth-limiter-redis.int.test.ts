import crypto from 'node:crypto'

import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_AUTH_LIMITS } from '@/domain/authLimits'
import type { AuthLimiter } from '@/http/authLimiter'
import { createAuthLimiter } from '@/http/authLimiter'

// The Redis every developer machine and CI runs on loopback (see README); REDIS_URL overrides it.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

let clients: Redis[]
let processA: AuthLimiter
let processB: AuthLimiter

beforeAll(async () => {
  clients = [new Redis(REDIS_URL), new Redis(REDIS_URL)]
  // Two limiters with their own connections stand for two server processes; the namespace keeps
  // this run's keys apart from any other's.
  const namespace = `test-${crypto.randomBytes(4).toString('hex')}`
  ;[processA, processB] = clients.map((client) =>
    createAuthLimiter({ store: { kind: 'redis', client }, limits: DEFAULT_AUTH_LIMITS, namespace }),
  ) as [AuthLimiter, AuthLimiter]
})

afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()))
})

const unique = () => crypto.randomBytes(4).toString('hex')

describe('rate limits kept in Redis', () => {
  it('should refuse the attempt after the limit even when the processes took turns', async () => {
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
    expect([answers, refused === null]).toEqual([Array(points).fill(null), false])
  })

  it('should clear an account in every process when one clears it', async () => {
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
