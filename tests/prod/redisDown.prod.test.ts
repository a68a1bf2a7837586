import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer } from '../../scripts/lib/server.mjs'
import { baseURL } from './client'

// Issue 14: with REDIS_URL set, a server must keep serving while Redis is away — started before
// Redis, or losing it while running — rendering per request, and use the cache again once Redis
// answers. Its own Redis (Debian's redis-server) on a free port, so it can be stopped and started;
// it keeps its data over a restart (append-only file), as a production Redis does.
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
let redisDir = ''
let redis: ChildProcess | null = null
type Server = { url: string; dataDir: string; stopAndWait: () => Promise<void> }
let server: Server | null = null
/** A second instance of the same deployment (same database, files and Redis). */
let other: Server | null = null

const startRedis = async () => {
  redis = spawn(
    'redis-server',
    [
      ...['--port', String(redisPort), '--bind', '127.0.0.1', '--save', ''],
      ...['--appendonly', 'yes', '--appendfsync', 'always', '--dir', redisDir],
    ],
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

const get = async (pathname: string, from: Server | null = server) => {
  const res = await fetch(new URL(pathname, from!.url), { signal: AbortSignal.timeout(10_000) })
  return { status: res.status, front: res.headers.get('x-front-cache'), body: await res.text() }
}

/** Asks until the front cache answers from memory (it needs Redis for that), at most 20 s. */
const untilServedFromMemory = async (pathname: string, from: Server | null = server) => {
  for (let waited = 0; waited < 20_000; waited += 250) {
    if ((await get(pathname, from)).front === 'hit') return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

beforeAll(async () => {
  redisPort = await freePort()
  redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-redis-'))
  // Redis is down when the servers start.
  const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}`, REDIS_CACHE_PREFIX: 'v14test:down:' }
  const port = Number(new URL(baseURL()).port)
  server = await startServer({ port: port + 3, env })
  other = await startServer({ port: port + 5, env, dataDir: server.dataDir })
}, 300_000)

afterAll(async () => {
  await other?.stopAndWait()
  await server?.stopAndWait()
  await stopRedis()
  fs.rmSync(redisDir, { recursive: true, force: true })
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

  it('should show an edit made while Redis was away on the other instance once Redis is back, not the page Redis kept', async () => {
    const profile = '/en/voiceovers/sanne-de-vries'
    // The other instance's profile is in Redis (Next stores it there) and in its memory.
    expect(await untilServedFromMemory(profile, other)).toBe(true)
    await stopRedis()
    const login = await fetch(new URL('/api/users/login', server!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server!.url },
      body: JSON.stringify({ email: 'admin@14voices.local', password: 'admin-14voices' }),
    })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(
      new URL('/api/voiceovers?where[slug][equals]=sanne-de-vries&depth=0', server!.url),
    )
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    const tagline = `Edited while Redis was away ${Date.now()}`
    const edit = await fetch(new URL(`/api/voiceovers/${id}`, server!.url), {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        origin: server!.url,
        authorization: `JWT ${token}`,
      },
      body: JSON.stringify({ tagline }),
    })
    await startRedis()
    // Rendered per request while the other instance's cache client reconnects, the page shows the
    // edit at once; what counts is the page it serves from the cache once Redis is back.
    let fromCache = { front: null as string | null, fresh: false }
    for (let waited = 0; waited < 20_000; waited += 500) {
      const answer = await get(profile, other)
      fromCache = { front: answer.front, fresh: answer.body.includes(tagline) }
      if (fromCache.front === 'hit' && fromCache.fresh) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect([edit.status, fromCache]).toEqual([200, { front: 'hit', fresh: true }])
  }, 60_000)
})
