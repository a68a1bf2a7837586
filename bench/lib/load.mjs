// Load generation for the bench: autocannon runs reduced to the figures the tables print.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'

import autocannon from 'autocannon'

/** Bytes in the "MB" the tables print (MiB, as the figures). */
export const MB = 1024 * 1024

/**
 * Runs autocannon against `url` for `duration` seconds with `connections` keep-alive connections
 * (and optional method, headers, body). Resolves to { reqPerSec, p50, p99 (ms), non2xx, errors
 * (connection errors + timeouts), mbPerSec (response bytes per second, MB as above), requests }.
 * Rejects when autocannon itself fails (bad URL); a server that errors only shows in the counts.
 */
export const runLoad = ({ url, connections, duration, method, headers, body }) =>
  new Promise((resolve, reject) => {
    // autocannon takes an option set to undefined as given: leave out the ones not passed.
    const options = Object.fromEntries(
      Object.entries({ url, connections, duration, method, headers, body }).filter(
        ([, v]) => v !== undefined,
      ),
    )
    autocannon(options, (err, r) =>
      err
        ? reject(err)
        : resolve({
            reqPerSec: r.requests.average,
            p50: r.latency.p50,
            p99: r.latency.p99,
            non2xx: r.non2xx,
            errors: r.errors + r.timeouts,
            mbPerSec: r.throughput.average / MB,
            requests: r.requests.total,
          }),
    )
  })

/**
 * `count` sequential GETs of `url`, bodies read and dropped: lets a server compile, fill its
 * caches and JIT the route before it is measured. Resolves to the statuses seen.
 */
export const warmUp = async (url, count = 10) => {
  const statuses = new Set()
  for (let i = 0; i < count; i++) {
    const res = await fetch(url, { redirect: 'manual' })
    await res.arrayBuffer()
    statuses.add(res.status)
  }
  return [...statuses]
}

/** A table cell for a ratio: "0.42×", or "" when either side is missing. */
export const ratioCell = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : ''

const CURL = ['/usr/bin/curl', '/bin/curl'].find((p) => fs.existsSync(p))

/** The download client runDownload uses: 'curl' when installed, else 'node'. */
export const downloadClient = CURL ? 'curl' : 'node'

const curlRound = (url, connections, count) =>
  new Promise((resolve, reject) => {
    const args = ['-s', '--parallel', '--parallel-max', String(connections)]
    args.push('-w', '%{http_code} %{size_download} %{time_total}\\n')
    for (let i = 0; i < count; i++) args.push('-o', '/dev/null', url)
    const child = spawn(CURL, args, { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.on('error', reject)
    child.on('close', () =>
      resolve(
        out
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [status, size, seconds] = line.split(' ').map(Number)
            return { status, size, ms: seconds * 1000 }
          }),
      ),
    )
  })

const nodeGet = (url, agent) =>
  new Promise((resolve) => {
    const started = performance.now()
    let size = 0
    const failed = () => resolve({ status: 0, size, ms: performance.now() - started })
    http
      .get(url, { agent }, (res) => {
        res.on('data', (chunk) => {
          size += chunk.length
        })
        res.on('end', () =>
          resolve({ status: res.statusCode, size, ms: performance.now() - started }),
        )
        res.on('error', failed)
      })
      .on('error', failed)
  })

/**
 * Downloads `url` again and again on `connections` parallel keep-alive connections for about
 * `duration` s, counting body bytes. For files autocannon's response parser is the limit: against
 * nginx here it got ~30 MB/s for a 0.5 MB file of audio-like (random) bytes, where curl
 * (`--parallel`) gets ~900 MB/s and Node's http client ~250 MB/s. So this uses curl when it is
 * installed and Node's client otherwise (downloadClient says which). Resolves to runLoad's shape;
 * p50/p99 are times to the last byte (ms), errors count failed transfers.
 */
export const runDownload = async ({ url, connections, duration }) => {
  const results = []
  const started = Date.now()
  const until = started + duration * 1000
  if (CURL) {
    while (Date.now() < until)
      results.push(...(await curlRound(url, connections, connections * 40)))
  } else {
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < until) results.push(await nodeGet(url, agent))
      }),
    )
    agent.destroy()
  }
  const seconds = (Date.now() - started) / 1000
  const done = results.filter((r) => r.status > 0)
  const sorted = done.map((r) => r.ms).sort((a, b) => a - b)
  const pct = (p) => (sorted.length ? Math.round(sorted[Math.floor((sorted.length - 1) * p)]) : NaN)
  return {
    reqPerSec: done.length / seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    non2xx: done.filter((r) => r.status < 200 || r.status > 299).length,
    errors: results.length - done.length,
    mbPerSec: results.reduce((sum, r) => sum + r.size, 0) / MB / seconds,
    requests: done.length,
  }
}
