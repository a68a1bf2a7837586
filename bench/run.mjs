// `npm run bench`: throughput and p99 latency of the catalog page and GET /api/voiceovers under
// concurrent load against the production build, and demo download speed. Prints one table.
import autocannon from 'autocannon'

import { startServer } from '../scripts/lib/server.mjs'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)

const load = (url) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION }, (err, result) =>
      err ? reject(err) : resolve(result),
    )
  })

const download = async (url, seconds = 5) => {
  let bytes = 0
  const started = Date.now()
  while (Date.now() - started < seconds * 1000) {
    const res = await fetch(url)
    bytes += (await res.arrayBuffer()).byteLength
  }
  return bytes / 1024 / 1024 / ((Date.now() - started) / 1000)
}

const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3220) })
try {
  const rows = []
  for (const [label, path] of [
    ['catalog page /', '/'],
    ['GET /api/voiceovers?limit=20', '/api/voiceovers?limit=20'],
  ]) {
    await fetch(`${server.url}${path}`) // warm up
    const r = await load(`${server.url}${path}`)
    rows.push({
      target: label,
      'req/s': Math.round(r.requests.average),
      'p99 ms': r.latency.p99,
      'non-2xx': r.non2xx,
      errors: r.errors,
    })
  }
  const list = await (await fetch(`${server.url}/api/voiceovers?limit=1&depth=1`)).json()
  const demo = list.docs[0].demos[0].audio
  const mbps = await download(`${server.url}${demo.url.replace(/^https?:\/\/[^/]+/, '')}`)
  rows.push({
    target: `demo download (${Math.round(demo.filesize / 1024)} KB)`,
    'MB/s': Number(mbps.toFixed(1)),
  })
  console.log(
    `\n${CONNECTIONS} connections × ${DURATION} s, production build, SQLite, seeded demo data`,
  )
  console.table(rows)
} finally {
  server.stop()
}
