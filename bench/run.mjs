// `npm run bench`: issue 14's side-by-side table — the product's catalog, a profile, a filtered
// catalog query, the public catalog API and a demo download against the same bytes from a bare
// Next.js prerendered app (built here) and from nginx, as ratios with the goals PASS/FAIL — then
// live-update polling and issue 11's table (bookings, login, large upload), and, when asked, time
// to first byte at 10,000 artists on PostgreSQL. See bench/README.md for options and columns.
import os from 'node:os'
import { parseArgs } from 'node:util'

import { startServer } from '../scripts/lib/server.mjs'

import { buildBareNext, startBareNext } from './bareNext.mjs'
import { compare } from './compare.mjs'
import { measureIssue11 } from './issue11.mjs'
import { serverMemory } from './lib/proc.mjs'
import { measureLivePolling } from './livePolling.mjs'
import { nginxAvailable, NGINX, startNginx } from './nginx.mjs'
import { measureScale } from './scaleTtfb.mjs'
import { discoverTargets } from './targets.mjs'

const STAGES = ['compare', 'polling', 'issue11', 'scale']
const { values: args } = parseArgs({
  options: { scale: { type: 'boolean' }, only: { type: 'string' } },
})
const on = (name, fallback) => (process.env[name] ?? fallback) !== '0'
const stages = args.only
  ? args.only.split(',').map((s) => s.trim())
  : STAGES.filter(
      (s) =>
        s === 'compare' ||
        (s === 'polling' && on('BENCH_POLLING', '1')) ||
        (s === 'issue11' && on('BENCH_ISSUE11', '1')) ||
        (s === 'scale' && (args.scale || process.env.BENCH_SCALE === '1')),
    )
const unknown = stages.filter((s) => !STAGES.includes(s))
if (unknown.length) {
  console.error(`Unknown stage ${unknown.join(', ')}; stages are ${STAGES.join(', ')}.`)
  process.exit(1)
}

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const DOWNLOAD_CONNECTIONS = Number(process.env.BENCH_DOWNLOAD_CONNECTIONS ?? CONNECTIONS)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const PORT = Number(process.env.BENCH_PORT ?? 3350)
const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 500)
const ports = { product: PORT, second: PORT + 1, next: PORT + 2, nginx: PORT + 3, scale: PORT + 4 }

const started = Date.now()
const cpus = os.cpus()
console.log(
  `14voices bench: stages ${stages.join(', ')}; ${cpus.length} cores (${cpus[0]?.model.trim()}), ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at start.\n` +
    `The load generator (autocannon, in this process) shares these cores with the servers it ` +
    `measures, and so does anything else running: compare ratios from one run, not absolute figures.`,
)

const memoryLine = (when, server) => {
  const m = serverMemory(server.processGroup)
  console.log(
    m
      ? `\nProduct server RSS ${when}: ${Math.round(m.rssMb)} MB (peak ${Math.round(m.peakMb)} MB, pid ${m.pid}, /proc/<pid>/status VmRSS/VmHWM)`
      : `\nProduct server RSS ${when}: the server is gone`,
  )
}

const productStages = stages.filter((s) => s !== 'scale')
if (productStages.length) {
  const product = await startServer({
    port: ports.product,
    env: { MAX_DELIVERABLE_MB: String(UPLOAD_MB + 100) },
  })
  // Stopped at the end, also on failure; the comparison's servers as soon as it is done.
  const stops = [product.stopAndWait]
  try {
    if (stages.includes('compare')) {
      const targets = await discoverTargets(product.url)
      buildBareNext(targets)
      const next = await startBareNext({ port: ports.next, targets })
      stops.push(next.stop)
      let nginx = null
      if (nginxAvailable()) {
        nginx = await startNginx({ port: ports.nginx, targets })
        stops.push(nginx.stop)
      } else {
        console.log(
          `\nnginx: ${NGINX} is not installed (Debian: nginx-light); its column stays empty.`,
        )
      }
      console.log(
        `\nMeasuring: product ${product.url}, bare Next.js ${next.url}` +
          (nginx ? `, nginx ${nginx.url} (${nginx.workers} workers)` : ''),
      )
      await compare({
        targets,
        servers: { product, next, nginx },
        connections: CONNECTIONS,
        downloadConnections: DOWNLOAD_CONNECTIONS,
        duration: DURATION,
        warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
      })
      memoryLine('after the comparison', product)
      for (const stop of stops.splice(1)) stop()
    }
    if (stages.includes('polling')) {
      await measureLivePolling({
        server: product,
        pages: Number(process.env.PAGES ?? 100),
        seconds: Number(process.env.BENCH_POLL_SECONDS ?? 30),
        maxSeconds: DURATION,
      })
    }
    if (stages.includes('issue11')) {
      await measureIssue11({
        server: product,
        secondPort: ports.second,
        connections: CONNECTIONS,
        duration: DURATION,
        uploadMb: UPLOAD_MB,
      })
    }
    if (stages.some((s) => s === 'polling' || s === 'issue11')) memoryLine('at the end', product)
  } finally {
    for (const stop of stops.reverse()) await stop()
  }
}
if (stages.includes('scale')) {
  await measureScale({
    adminUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    port: ports.scale,
    artists: Number(process.env.BENCH_SCALE_ARTISTS ?? 10_000),
  })
}
console.log(`\nBench done in ${Math.round((Date.now() - started) / 1000)} s.`)
