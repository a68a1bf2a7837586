// Scale benchmark: 10,000 artists and 100,000 bookings on PostgreSQL, and the time to first byte of
// the pages and API reads that depend on that size. Reusable from `npm run bench` (import the
// functions) or on its own:
//
//   SCALE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/v14_scale_bench node bench/scale.mjs
//     [--artists 10000] [--port 3340] [--runs 20] [--url http://127.0.0.1:3340]
//
// Without --url it migrates and seeds that database (`npm run seed -- --scale N`, which tops up and
// so is quick the second time), builds when .next/BUILD_ID is missing, starts `npm start` on the
// port, measures, and stops the server. With --url it only measures a server already running on a
// database seeded the same way. TTFB is the time until the response headers arrive (fetch resolves
// then); the body is read afterwards and not counted. Numbers are printed, never asserted.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runMigrations, runSeed } from '../scripts/lib/migrate.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

/**
 * Migrates the PostgreSQL database at `databaseUrl` and seeds it to `artists` scale artists (the
 * demo data first when it is empty). Creates the database when it doesn't exist. Throws on failure.
 */
export const prepareScaleDatabase = async ({ databaseUrl, artists = 10_000, env = {} }) => {
  const { default: pg } = await import('pg')
  const url = new URL(databaseUrl)
  const name = url.pathname.slice(1)
  const adminUrl = new URL(databaseUrl)
  adminUrl.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: adminUrl.toString() })
  await admin.connect()
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
  await admin.end()
  const runEnv = { ...process.env, ...env, DATABASE_URL: databaseUrl }
  delete runEnv.NODE_ENV
  runMigrations({ cwd: root, env: runEnv })
  runSeed({ cwd: root, env: runEnv, extraArgs: ['--scale', String(artists)] })
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * Time to first byte of each target, `runs` sequential requests after one cold request.
 * Input: base `url`; `targets` as `{ label, path, headers? }`. Output: one row per target with the
 * status, the cold request's TTFB and the median / p95 / max of the warm ones, in ms.
 */
export const measureTtfb = async ({ url, targets, runs = 20 }) => {
  const rows = []
  for (const { label, path: target, headers = {} } of targets) {
    const once = async () => {
      const started = performance.now()
      const res = await fetch(`${url}${target}`, { headers, redirect: 'manual' })
      const ttfb = performance.now() - started
      await res.arrayBuffer()
      return { ttfb, status: res.status }
    }
    const cold = await once()
    const warm = []
    for (let i = 0; i < runs; i++) warm.push((await once()).ttfb)
    warm.sort((a, b) => a - b)
    rows.push({
      target: label,
      status: cold.status,
      'cold ms': Math.round(cold.ttfb),
      'p50 ms': Math.round(percentile(warm, 50)),
      'p95 ms': Math.round(percentile(warm, 95)),
      'max ms': Math.round(warm.at(-1)),
    })
  }
  return rows
}

/**
 * Request headers that sign in as a demo account (`Authorization: JWT …`), for pages behind a login.
 * (A bare cookie without an Origin header is not taken as a session by Payload's CSRF check.)
 */
export const loginHeaders = async ({ url, email, password }) => {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`login as ${email}: ${res.status}`)
  const { token } = await res.json()
  return { authorization: `JWT ${token}` }
}

/** The pages and reads whose speed depends on 10,000 artists and 100,000 bookings. */
export const scaleTargets = async ({ url }) => {
  const admin = await loginHeaders({
    url,
    email: 'admin@14voices.local',
    password: 'admin-14voices',
  })
  const customer = await loginHeaders({
    url,
    email: 'customer-0001@scale.14voices.local',
    password: 'customer-14voices',
  })
  const artist = await loginHeaders({
    url,
    email: 'artist-00001@scale.14voices.local',
    password: 'artist-14voices',
  })
  return [
    { label: 'catalog /en', path: '/en' },
    {
      label: 'profile /en/voiceovers/scale-artist-05000',
      path: '/en/voiceovers/scale-artist-05000',
    },
    { label: 'GET /api/voiceovers?limit=1&depth=0', path: '/api/voiceovers?limit=1&depth=0' },
    { label: 'GET /api/voiceovers?limit=20&depth=0', path: '/api/voiceovers?limit=20&depth=0' },
    {
      label: '/en/account/bookings (admin)',
      path: '/en/account/bookings',
      headers: admin,
    },
    { label: '/en/dashboard (busiest artist)', path: '/en/dashboard', headers: artist },
    {
      label: '/en/account/bookings (busiest customer)',
      path: '/en/account/bookings',
      headers: customer,
    },
  ]
}

/**
 * Starts the production build (`npm start`) on `port` against `databaseUrl`; builds first when
 * there is no .next/BUILD_ID. Returns `{ url, stop }`.
 */
export const startScaleServer = async ({ databaseUrl, port, env: extraEnv = {} }) => {
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'v14-scale-')),
    PAYLOAD_SECRET: 'scale-secret-scale-secret-scale-secret',
    SERVER_URL: url,
    ALLOW_EMAIL_OUTBOX: 'true',
    PAYLOAD_LOG_LEVEL: 'warn',
    RATE_LIMIT_ADDRESS_FACTOR: '1000',
    ...extraEnv,
  }
  delete env.NODE_ENV
  const busy = await fetch(`${url}/`).then(
    () => true,
    () => false,
  )
  if (busy) throw new Error(`port ${port} is already in use: stop the server running there first`)
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    const r = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env })
    if (r.status !== 0) throw new Error('next build failed')
  }
  // The catalog cache survives restarts: start cold, so the first request measures a real render.
  fs.rmSync(path.join(root, '.next/cache/fetch-cache'), { recursive: true, force: true })
  const child = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const deadline = Date.now() + 120_000
  for (;;) {
    const up = await fetch(`${url}/`).then(
      (r) => r.status < 500,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) throw new Error('server did not start')
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname
if (isMain) {
  const { values } = parseArgs({
    options: {
      artists: { type: 'string', default: '10000' },
      port: { type: 'string', default: '3340' },
      runs: { type: 'string', default: '20' },
      url: { type: 'string' },
    },
  })
  let server = null
  try {
    if (!values.url) {
      const databaseUrl = process.env.SCALE_DATABASE_URL
      if (!databaseUrl?.startsWith('postgres')) {
        throw new Error('Set SCALE_DATABASE_URL=postgres://… (a database the bench may fill).')
      }
      await prepareScaleDatabase({ databaseUrl, artists: Number(values.artists) })
      server = await startScaleServer({ databaseUrl, port: Number(values.port) })
    }
    const url = values.url ?? server.url
    const rows = await measureTtfb({
      url,
      targets: await scaleTargets({ url }),
      runs: Number(values.runs),
    })
    console.log(
      `\nTime to first byte at ${values.artists} artists (${values.runs} warm runs each):`,
    )
    console.table(rows)
  } finally {
    server?.stop()
  }
}
