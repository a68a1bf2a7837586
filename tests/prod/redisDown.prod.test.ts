import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer } from '../../scripts/lib/server.mjs'
import { baseURL } from './client'

// Issue 14: with REDIS_URL set, a server must keep serving while Redis is away — started before
// Redis, or losing it while running — rendering per request, and use the cache again once Redis
// answers. Its own Redis (Debian's redis-server) on a free port, so it can be stopped and started.
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

let redisPort = 0
let redis: ChildProcess | null = null
let server: { url: string; stopAndWait: () => Promise<void> } | null = null

const startRedis = async () => {
  redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  for (let waited = 0; waited < 5_000; waited += 50) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(redisPort, '127.0.0.1')
      socket.once('connect', () => resolve(true)).once('error', () => resolve(false))
      socket.once('close', () => socket.destroy())
      setTimeout(() => socket.end(), 20)
    })
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('redis-server did not start')
}

const stopRedis = async () => {
  const child = redis
  redis = null
  if (!child || child.exitCode !== null) return
  await new Promise((resolve) => {
    child.once('exit', resolve)
    child.kill('SIGKILL')
  })
}

const get = async (pathname: string) => {
  const res = await fetch(new URL(pathname, server!.url), { signal: AbortSignal.timeout(10_000) })
  return { status: res.status, front: res.headers.get('x-front-cache'), body: await res.text() }
}

/** Asks until the front cache answers from memory (it needs Redis for that), at most 20 s. */
const untilServedFromMemory = async (pathname: string) => {
  for (let waited = 0; waited < 20_000; waited += 250) {
    if ((await get(pathname)).front === 'hit') return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

beforeAll(async () => {
  redisPort = await freePort()
  // Redis is down when the server starts.
  server = await startServer({
    port: Number(new URL(baseURL()).port) + 3,
    env: { REDIS_URL: `redis://127.0.0.1:${redisPort}`, REDIS_CACHE_PREFIX: 'v14test:down:' },
  })
}, 300_000)

afterAll(async () => {
  await server?.stopAndWait()
  await stopRedis()
})

describe('Redis down', () => {
  it('should serve pages and the API when started while Redis is down, from memory once it is up', async () => {
    const answers = [await get('/en'), await get('/en'), await get('/api/voiceovers?limit=2')]
    expect(answers.map((a) => [a.status, a.front])).toEqual([
      [200, null],
      [200, null],
      [200, null],
    ])
    await startRedis()
    expect(await untilServedFromMemory('/en')).toBe(true)
  })

  it('should go on serving when Redis goes away, and use the cache again when it is back', async () => {
    expect(await untilServedFromMemory('/en/voiceovers/sanne-de-vries')).toBe(true)
    await stopRedis()
    const during = [await get('/en/voiceovers/sanne-de-vries'), await get('/en')]
    expect(during.map((a) => [a.status, a.front, a.body.includes('Sanne')])).toEqual([
      [200, null, true],
      [200, null, true],
    ])
    await startRedis()
    expect(await untilServedFromMemory('/en/voiceovers/sanne-de-vries')).toBe(true)
  })
})
