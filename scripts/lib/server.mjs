// Starts the app for end-to-end tests and benchmarks: a fresh SQLite database and data dir,
// migrations, demo data, and a production build served the way `npm start` serves it (scripts/start.mjs).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runMigrations, runSeed } from './migrate.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

const run = (args, env) => {
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env })
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed`)
}

/**
/**
 * Starts the production build on 127.0.0.1:`port` (building it first when `.next/BUILD_ID` is
 * missing or E2E_BUILD=1) on a fresh data dir: migrations, demo data, then `afterSeed({ env })`
 * when given (e.g. the bench's scale seed). The database is a fresh SQLite file unless
 * `databaseUrl` names another (an existing, empty PostgreSQL database). Waits until `readyPath`
 * (default `/`) answers 200. Resolves to { url, dataDir, processGroup, stop, stopAndWait }.
 * `dataDir`: serve the data directory (database, files) of a server already started, as a second
 * instance of the same deployment — no migrations or seed, and the directory is kept on stop.
 * @param {{ port: number, env?: Record<string, string>, databaseUrl?: string,
 *   afterSeed?: (args: { env: Record<string, string | undefined> }) => unknown,
 *   readyPath?: string, dataDir?: string }} options
 */
export const startServer = async ({
  port,
  env: extraEnv = {},
  databaseUrl,
  afterSeed,
  readyPath = '/',
  dataDir: sharedDataDir,
}) => {
  const dataDir = sharedDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'v14-e2e-'))
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? `file:${path.join(dataDir, 'db.sqlite')}`,
    PAYLOAD_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
    SERVER_URL: url,
    JOBS_AUTORUN: 'true',
    // No SMTP here: a production server then refuses to start unless it may write emails to the
    // local outbox (ALLOW_EMAIL_OUTBOX), which the e2e journeys read at /dev/outbox (DEV_OUTBOX,
    // admins only).
    ALLOW_EMAIL_OUTBOX: 'true',
    DEV_OUTBOX: 'true',
    PAYLOAD_LOG_LEVEL: 'warn',
    // Every e2e/prod/bench request comes from 127.0.0.1 and logs in or registers many times: per
    // address the limits are 1000 times the defaults here; per account they stay as in production,
    // so tests/prod/auth.prod.test.ts sees a fresh account's limit exactly.
    RATE_LIMIT_ADDRESS_FACTOR: '1000',
    ...extraEnv,
  }
  delete env.NODE_ENV
  // A server left running on the port (a crashed earlier run) would answer the readiness check below
  // with its own, older build: refuse instead of testing the wrong thing.
  const stale = await fetch(`${url}/`).then(
    () => true,
    () => false,
  )
  if (stale) throw new Error(`port ${port} is already in use: stop the server running there first`)
  if (!sharedDataDir) {
    runMigrations({ cwd: root, env })
    runSeed({ cwd: root, env })
    if (afterSeed) await afterSeed({ env })
  }
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID')) || process.env.E2E_BUILD === '1') {
    run(['next', 'build'], env)
  }
  // The catalog is cached across restarts; a fresh database must not see another run's entries.
  fs.rmSync(path.join(root, '.next/cache/fetch-cache'), { recursive: true, force: true })
  const child = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const deadline = Date.now() + 120_000
  for (;;) {
    try {
      const res = await fetch(`${url}${readyPath}`)
      if (res.status === 200) break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      throw new Error('server did not start')
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    dataDir,
    /** The environment the server runs with (its database, data directory, Redis settings). */
    env,
    /** The server's process group (npm and the Node.js server under it), for memory sampling. */
    processGroup: child.pid,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      if (!sharedDataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
    /**
     * As stop, but removes the data dir only once every process in the group has exited (at most
     * 15 s): removed earlier, requests still finishing log database errors.
     */
    stopAndWait: async () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
        try {
          process.kill(-child.pid, 0)
        } catch {
          break // no process left in the group
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
