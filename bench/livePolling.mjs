// `node bench/livePolling.mjs`: the server cost of open booking pages that update themselves.
// Simulates PAGES open booking pages (default 100), each polling as `LiveRefresh` and the header's
// `ActivityBadge` do — GET /api/bookings/:id/changes and GET /api/users/me/activity every 3 s with
// If-None-Match — for BENCH_SECONDS (30), spread over ten bookings of the seeded customer. Prints the
// requests per second, statuses, latency and the server's CPU (its whole process group, from
// /proc), then the most requests per second one changes endpoint answers (autocannon, 10
// connections, 304s).
import fs from 'node:fs'

import autocannon from 'autocannon'

import { startServer } from '../scripts/lib/server.mjs'

const PAGES = Number(process.env.PAGES ?? 100)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30)
const POLL_MS = 3_000

/** CPU seconds used so far by every process in the group (utime + stime, clock ticks of 1/100 s). */
const groupCpuSeconds = (group) => {
  let ticks = 0
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // fields[0] is the state (field 3): pgrp is field 5, utime 14, stime 15.
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100
}

const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3225) })
const { url } = server
const origin = { origin: url }
const login = async (email, password) => {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { ...origin, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return `JWT ${(await res.json()).token}`
}

try {
  const customer = await login('customer@14voices.local', 'customer-14voices')
  const vo = await (
    await fetch(`${url}/api/voiceovers?where[slug][equals]=sanne-de-vries&limit=1`)
  ).json()
  const book = async () => {
    const res = await fetch(`${url}/api/bookings`, {
      method: 'POST',
      headers: { ...origin, authorization: customer, 'content-type': 'application/json' },
      body: JSON.stringify({
        voiceover: vo.docs[0].id,
        projectTitle: `Bench ${Date.now()}`,
        projectType: 'commercial',
        termsAccepted: true,
      }),
    })
    return (await res.json()).doc.id
  }
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
    await new Promise((r) => setTimeout(r, (i * POLL_MS) / PAGES))
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
  const pages = Array.from({ length: PAGES }, (_, i) => page(i))
  await new Promise((r) => setTimeout(r, SECONDS * 1000))
  running = false
  await Promise.all(pages)
  const elapsed = (Date.now() - started) / 1000
  const cpu = groupCpuSeconds(server.processGroup) - cpuBefore
  const sorted = stats.latencies.sort((a, b) => a - b)
  const pct = (p) => Math.round(sorted[Math.floor((sorted.length - 1) * p)])
  console.table([
    {
      pages: PAGES,
      seconds: Math.round(elapsed),
      'req/s': Math.round(stats.requests / elapsed),
      statuses: JSON.stringify(stats.byStatus),
      'p50 ms': pct(0.5),
      'p99 ms': pct(0.99),
      'server CPU %': Math.round((cpu / elapsed) * 100),
    },
  ])

  const version = (
    await fetch(`${url}/api/bookings/${bookings[0]}/changes`, {
      headers: { authorization: customer },
    })
  ).headers.get('etag')
  const max = (path, headers) =>
    new Promise((resolve, reject) =>
      autocannon({ url: `${url}${path}`, connections: 10, duration: 10, headers }, (err, result) =>
        err ? reject(err) : resolve(result),
      ),
    )
  const rows = []
  for (const [label, path, etag] of [
    ['changes (304)', `/api/bookings/${bookings[0]}/changes`, version],
    ['activity', '/api/users/me/activity', null],
  ]) {
    const cpu0 = groupCpuSeconds(server.processGroup)
    const r = await max(path, {
      authorization: customer,
      ...(etag ? { 'if-none-match': etag } : {}),
    })
    rows.push({
      endpoint: label,
      'max req/s': Math.round(r.requests.average),
      'p99 ms': r.latency.p99,
      'server CPU %': Math.round(((groupCpuSeconds(server.processGroup) - cpu0) / 10) * 100),
      'non-2xx': r.non2xx,
    })
  }
  console.table(rows)
} finally {
  server.stop()
}
