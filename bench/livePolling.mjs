// The server cost of open booking pages that update themselves (`npm run bench` runs it as its own
// table; `node bench/livePolling.mjs` runs it alone on a server of its own).
// Simulates PAGES open booking pages (default 100), each polling as `LiveRefresh` and the header's
// `ActivityBadge` do — GET /api/bookings/:id/changes and GET /api/users/me/activity every 3 s with
// If-None-Match — for BENCH_POLL_SECONDS (30), spread over ten bookings of the seeded customer. Prints
// the requests per second, statuses, latency and the server's CPU (its whole process group, from
// /proc), then the most requests per second one changes endpoint answers (autocannon, 10
// connections, 304s).
import path from 'node:path'

import { startServer } from '../scripts/lib/server.mjs'

import { apiCall, liftQuotas, loginAs } from './issue11.mjs'
import { runLoad } from './lib/load.mjs'
import { groupCpuSeconds } from './lib/proc.mjs'
import { printTable } from './lib/table.mjs'

const POLL_MS = 3_000

/**
 * Runs the simulation against `server` (startServer's result, seeded): `pages` pages polling for
 * `seconds` s, then each endpoint at its most for `maxSeconds` s. Prints two tables; resolves to
 * { reqPerSec, p99, cpuPercent } of the polling part.
 */
export const measureLivePolling = async ({ server, pages, seconds, maxSeconds = 10 }) => {
  const { url } = server
  await liftQuotas(url)
  const token = await loginAs(url, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
  })
  const customer = `JWT ${token}`
  const vo = await apiCall(url, '/api/voiceovers?where[slug][equals]=sanne-de-vries&limit=1', {
    method: 'GET',
  })
  const book = async () =>
    (
      await apiCall(url, '/api/bookings', {
        token,
        json: {
          voiceover: vo.docs[0].id,
          projectTitle: `Bench ${Date.now()}`,
          projectType: 'commercial',
          termsAccepted: true,
        },
      })
    ).doc.id
  // Ten bookings, the pages spread over them (several people watch the same booking).
  const bookings = []
  for (let i = 0; i < 10; i++) bookings.push(await book())

  const stats = { requests: 0, byStatus: {}, latencies: [] }
  const get = async (path, etag) => {
    const started = performance.now()
    const res = await fetch(`${url}${path}`, {
      headers: { authorization: customer, ...(etag ? { 'if-none-match': etag } : {}) },
    })
    await res.arrayBuffer()
    stats.latencies.push(performance.now() - started)
    stats.requests += 1
    stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1
    return res.headers.get('etag') ?? etag
  }
  let running = true
  const page = async (i) => {
    const booking = bookings[i % bookings.length]
    let version = null
    let activity = null
    // Pages opened over the first poll interval, not all at once.
    await new Promise((r) => setTimeout(r, (i * POLL_MS) / pages))
    while (running) {
      ;[version, activity] = await Promise.all([
        get(`/api/bookings/${booking}/changes`, version),
        get('/api/users/me/activity', activity),
      ])
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  }
  const cpuBefore = groupCpuSeconds(server.processGroup)
  const started = Date.now()
  const pollers = Array.from({ length: pages }, (_, i) => page(i))
  await new Promise((r) => setTimeout(r, seconds * 1000))
  running = false
  await Promise.all(pollers)
  const elapsed = (Date.now() - started) / 1000
  const cpu = groupCpuSeconds(server.processGroup) - cpuBefore
  const sorted = stats.latencies.sort((a, b) => a - b)
  const pct = (p) => Math.round(sorted[Math.floor((sorted.length - 1) * p)])
  const polling = {
    reqPerSec: stats.requests / elapsed,
    p99: pct(0.99),
    cpuPercent: (cpu / elapsed) * 100,
  }
  printTable(`Live updates: ${pages} open booking pages polling every ${POLL_MS / 1000} s`, [
    {
      pages,
      seconds: Math.round(elapsed),
      'req/s': Math.round(polling.reqPerSec),
      statuses: JSON.stringify(stats.byStatus),
      'p50 ms': pct(0.5),
      'p99 ms': polling.p99,
      'server CPU %': Math.round(polling.cpuPercent),
    },
  ])

  const version = (
    await fetch(`${url}/api/bookings/${bookings[0]}/changes`, {
      headers: { authorization: customer },
    })
  ).headers.get('etag')
  const rows = []
  for (const [label, path, etag] of [
    ['GET /api/bookings/:id/changes (304)', `/api/bookings/${bookings[0]}/changes`, version],
    ['GET /api/users/me/activity', '/api/users/me/activity', null],
  ]) {
    const cpu0 = groupCpuSeconds(server.processGroup)
    const r = await runLoad({
      url: `${url}${path}`,
      connections: 10,
      duration: maxSeconds,
      headers: { authorization: customer, ...(etag ? { 'if-none-match': etag } : {}) },
    })
    rows.push({
      endpoint: label,
      'max req/s': Math.round(r.reqPerSec),
      'p99 ms': r.p99,
      'server CPU %': Math.round(
        ((groupCpuSeconds(server.processGroup) - cpu0) / maxSeconds) * 100,
      ),
      // A 304 is the answer a poll wants here; autocannon counts it as non-2xx.
      'non-2xx': r.non2xx,
      errors: r.errors,
    })
  }
  printTable(`Live updates: one endpoint at its most (10 connections × ${maxSeconds} s)`, rows)
  return polling
}

// Run alone: `node bench/livePolling.mjs` (PAGES, BENCH_POLL_SECONDS, BENCH_PORT).
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3355) })
  try {
    await measureLivePolling({
      server,
      pages: Number(process.env.PAGES ?? 100),
      seconds: Number(process.env.BENCH_POLL_SECONDS ?? 30),
    })
  } finally {
    await server.stopAndWait()
  }
}
