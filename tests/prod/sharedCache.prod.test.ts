import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'

import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer } from '../../scripts/lib/server.mjs'
import { baseURL } from './client'

// Issue 14: with REDIS_URL every instance shares one Next cache. Two more production servers of this
// build (ports after the main test server's) serve one database and one Redis, under a key prefix of
// this run only; an edit through instance A, or from a process outside both (as the job worker and
// the seed edit), must show on instance B's cached catalog and profile on the next request.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0'
const prefix = `v14test:${crypto.randomBytes(6).toString('hex')}:`
const root = path.resolve(import.meta.dirname, '../..')
const SLUG = 'sanne-de-vries'

type Server = { url: string; dataDir: string; env: NodeJS.ProcessEnv; stop: () => void }
const servers: { a?: Server; b?: Server } = {}

const page = async (server: Server, pathname: string) => {
  const ask = () => fetch(new URL(pathname, server.url), { headers: { 'accept-language': 'en' } })
  // A kept-alive socket left idle while another process ran may be closed by the server just as it
  // is reused ("other side closed"): ask once more on a fresh one.
  const res = await ask().catch(ask)
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), html: await res.text() }
}

const adminToken = async (server: Server): Promise<string> => {
  const res = await fetch(new URL('/api/users/login', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'admin@14voices.local', password: 'admin-14voices' }),
  })
  return ((await res.json()) as { token: string }).token
}

const artistId = async (server: Server): Promise<number> => {
  const res = await fetch(
    new URL(`/api/voiceovers?where[slug][equals]=${SLUG}&depth=0`, server.url),
  )
  return ((await res.json()) as { docs: { id: number }[] }).docs[0]!.id
}

/** Both cached pages of B, asked twice: the second answer must come from the cache. */
const warm = async (server: Server) => {
  for (const pathname of ['/en', `/en/voiceovers/${SLUG}`]) {
    await page(server, pathname)
    await page(server, pathname)
  }
}

beforeAll(async () => {
  const port = Number(new URL(baseURL()).port)
  const env = { REDIS_URL, REDIS_CACHE_PREFIX: prefix }
  servers.a = await startServer({ port: port + 1, env })
  servers.b = await startServer({ port: port + 2, env, dataDir: servers.a!.dataDir })
}, 300_000)

afterAll(async () => {
  servers.b?.stop()
  servers.a?.stop()
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length > 0) await redis.unlink(...keys)
  await redis.quit()
})

describe('one cache for every instance (Redis)', () => {
  it('should serve instance A a page instance B rendered, from the shared cache', async () => {
    const b = servers.b!
    await page(b, `/en/voiceovers/${SLUG}`)
    // Once more: B answers from the cache, so the entry is stored.
    await page(b, `/en/voiceovers/${SLUG}`)
    const fromA = await page(servers.a!, `/en/voiceovers/${SLUG}`)
    expect([fromA.status, fromA.cache]).toEqual([200, 'HIT'])
  })

  it("should show an edit made through instance A on instance B's catalog and profile at once", async () => {
    const [a, b] = [servers.a!, servers.b!]
    await warm(b)
    const tagline = `Edited through A ${crypto.randomBytes(4).toString('hex')}`
    const res = await fetch(new URL(`/api/voiceovers/${await artistId(a)}`, a.url), {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        origin: a.url,
        authorization: `JWT ${await adminToken(a)}`,
      },
      body: JSON.stringify({ tagline }),
    })
    const [catalog, profile] = [await page(b, '/en'), await page(b, `/en/voiceovers/${SLUG}`)]
    expect([res.status, catalog.html.includes(tagline), profile.html.includes(tagline)]).toEqual([
      200,
      true,
      true,
    ])
  })

  it("should show an edit made outside every server (worker, seed) on instance B's pages", async () => {
    const [a, b] = [servers.a!, servers.b!]
    await warm(b)
    const tagline = `Edited by a worker ${crypto.randomBytes(4).toString('hex')}`
    const run = spawnSync('npx', ['tsx', 'tests/prod/fixtures/setTagline.ts'], {
      cwd: root,
      env: { ...a.env, NODE_ENV: 'production', EDIT_SLUG: SLUG, EDIT_TAGLINE: tagline },
      encoding: 'utf8',
    })
    // The script says when its edit is committed: a launcher that exits 0 without running it (as
    // `payload run` sometimes did, twice in CI) must fail here as that, not as a stale cache. B's
    // next answers must show the edit.
    const [catalog, profile] = [await page(b, '/en'), await page(b, `/en/voiceovers/${SLUG}`)]
    expect(
      [
        run.status,
        run.stdout.includes(`edited ${SLUG}`),
        catalog.html.includes(tagline),
        profile.html.includes(tagline),
      ],
      run.stderr.slice(-2000),
    ).toEqual([0, true, true, true])
  }, 120_000)
})
