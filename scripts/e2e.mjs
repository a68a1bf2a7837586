// `npm run test:e2e`: the production-build API tests (tests/prod) and the end-to-end journeys in headless Debian Chromium (playwright-core; no browser
// download) against a production build on a fresh, seeded database.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { chromium } from 'playwright-core'

import { startServer } from './lib/server.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const specs = fs
  .readdirSync(path.join(root, 'tests/e2e'))
  .filter((f) => f.endsWith('.e2e.mjs'))
  // E2E_SPECS=booking,delivery runs only the journeys whose file names contain one of the words (a
  // developer's shortcut; CI runs them all).
  .filter(
    (f) => !process.env.E2E_SPECS || process.env.E2E_SPECS.split(',').some((w) => f.includes(w)),
  )
  .sort()

const server = await startServer({ port: Number(process.env.E2E_PORT ?? 3210) })

// The API layer first: status codes, sentences and headers as the production bundle answers them.
// PROD_TESTS=languages,errors runs only those files; PROD_TESTS=none skips the API layer.
const prodFilter = process.env.PROD_TESTS ? process.env.PROD_TESTS.split(',') : []
const api =
  process.env.PROD_TESTS === 'none'
    ? { status: 0 }
    : spawnSync('npx', ['vitest', 'run', '--project', 'prod', ...prodFilter], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, PROD_BASE_URL: server.url },
      })
let failed = api.status === 0 ? 0 : 1

// The journeys share the demo customer, who books more than the Quotas global's default hourly limit
// allows across sixteen journeys; the limit itself is tested by the API tests above and the
// integration tests. The admin raises it, as the agency would for a heavy client.
const raiseQuotas = async () => {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'admin@14voices.local', password: 'admin-14voices' }),
  })
  const { token } = await login.json()
  const raised = await fetch(`${server.url}/api/globals/quotas`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: server.url,
      authorization: `JWT ${token}`,
    },
    body: JSON.stringify({ bookingsPerHour: 1000, bookingsPerDay: 1000 }),
  })
  if (!raised.ok) throw new Error(`raising the booking quotas for the journeys: ${raised.status}`)
}
// A kept-alive socket from the start-up checks may be closed by the server just as it is reused
// ("other side closed"): try again on a fresh one.
for (let attempt = 1; ; attempt++) {
  try {
    await raiseQuotas()
    break
  } catch (error) {
    if (attempt === 3) {
      server.stop()
      throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--autoplay-policy=no-user-gesture-required',
  ],
})
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true })
try {
  for (const spec of specs) {
    const started = Date.now()
    const { run } = await import(path.join(root, 'tests/e2e', spec))
    try {
      await run({ browser, baseURL: server.url, screenshotDir: path.join(root, 'test-results') })
      console.log(`✓ ${spec} (${Math.round((Date.now() - started) / 1000)} s)`)
    } catch (error) {
      failed += 1
      console.error(`✗ ${spec}\n`, error)
    }
  }
} finally {
  await browser.close()
  server.stop()
}
process.exit(failed === 0 ? 0 : 1)
