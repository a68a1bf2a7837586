// `npm test`: unit and integration tests (SQLite, or PostgreSQL when DATABASE_URL is postgres://),
// then the API tests and end-to-end journeys in headless Chromium against a production build.
import { spawnSync } from 'node:child_process'

const run = (label, cmd, args, env = {}) => {
  const started = Date.now()
  console.log(`\n== ${label}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(
    `== ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`,
  )
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run('unit + integration tests', 'npx', ['vitest', 'run', '--project', 'unit', '--project', 'int'])
for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
  run(`unit tests under TZ=${tz}`, 'npx', ['vitest', 'run', '--project', 'unit'], { TZ: tz })
}
run('end-to-end tests', 'node', ['scripts/e2e.mjs'])
