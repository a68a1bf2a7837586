// `npm run bench`: throughput and p99 latency of the catalog page and GET /api/voiceovers under
// concurrent load against the production build, demo download speed, and login throughput with
// and without the account rate limits (a second server with RATE_LIMIT_DISABLED). Prints one table.
import autocannon from 'autocannon'

import { startServer } from '../scripts/lib/server.mjs'

import { uploadLargeDeliverable } from './uploadMemory.mjs'

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

const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 500)

/** Logins of the seeded customer (right password) under load: what each login costs. */
const loginLoad = (url) =>
  new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/api/users/login`,
        connections: Math.min(CONNECTIONS, 10),
        duration: DURATION,
        method: 'POST',
        headers: { origin: url, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'customer@14voices.local', password: 'customer-14voices' }),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    )
  })

const loginRow = (label, r) => ({
  target: label,
  'req/s': Math.round(r.requests.average),
  'p50 ms': r.latency.p50,
  'p99 ms': r.latency.p99,
  'non-2xx': r.non2xx,
  errors: r.errors,
})

const server = await startServer({
  port: Number(process.env.BENCH_PORT ?? 3220),
  env: { MAX_DELIVERABLE_MB: String(UPLOAD_MB + 100) },
})

const api = async (path, { token, json, form, method = 'POST' } = {}) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      origin: server.url,
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
    },
    body: json ? JSON.stringify(json) : form,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(body)}`)
  return body
}
const login = async (email, password) =>
  (await api('/api/users/login', { json: { email, password } })).token
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
  // Booking creation under load, as the seeded customer. The bench measures what a booking costs,
  // not the quota that stops one customer booking more than 10 an hour (Quotas global, issue 11):
  // lifted on this throwaway server.
  const admin = await login('admin@14voices.local', 'admin-14voices')
  await api('/api/globals/quotas', {
    token: admin,
    json: {
      bookingsPerHour: 1_000_000,
      bookingsPerDay: 1_000_000,
      deliveriesPerBooking: 1_000_000,
      deliveryBytesPerBooking: 1024 ** 5,
    },
  })
  const customer = await login('customer@14voices.local', 'customer-14voices')
  const sanne = (
    await api('/api/voiceovers?where[slug][equals]=sanne-de-vries&limit=1', {
      method: 'GET',
    })
  ).docs[0]
  const booking = await new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${server.url}/api/bookings`,
        connections: Math.min(CONNECTIONS, 10),
        duration: DURATION,
        method: 'POST',
        headers: {
          authorization: `JWT ${customer}`,
          origin: server.url,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          voiceover: sanne.id,
          projectTitle: 'Bench booking',
          projectType: 'commercial',
          termsAccepted: true,
        }),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    )
  })
  rows.push({
    target: 'POST /api/bookings (create)',
    'req/s': Math.round(booking.requests.average),
    'p50 ms': booking.latency.p50,
    'p99 ms': booking.latency.p99,
    'non-2xx': booking.non2xx,
    errors: booking.errors,
  })

  // Login with the account rate limits on (this server: memory store, per-address limits × 1000,
  // see scripts/lib/server.mjs), then on a second server with them off.
  rows.push(loginRow('POST /api/users/login (rate limits on)', await loginLoad(server.url)))
  const unlimited = await startServer({
    port: Number(process.env.BENCH_PORT ?? 3220) + 1,
    env: { RATE_LIMIT_DISABLED: 'true' },
  })
  try {
    rows.push(loginRow('POST /api/users/login (rate limits off)', await loginLoad(unlimited.url)))
  } finally {
    unlimited.stop()
  }

  // A 500 MB master delivered by the artist: server memory must not grow with the file.
  const target = (
    await api('/api/bookings', {
      token: customer,
      json: {
        voiceover: sanne.id,
        projectTitle: 'Bench master',
        projectType: 'commercial',
        termsAccepted: true,
      },
    })
  ).doc
  const script = new FormData()
  script.append('booking', String(target.id))
  script.append(
    'file',
    new Blob(['INT. STUDIO. Read this warmly.'], { type: 'text/plain' }),
    'script.txt',
  )
  await api('/api/scripts', { token: customer, form: script })
  const artist = await login('sanne@14voices.local', 'artist-14voices')
  await api(`/api/bookings/${target.id}/transition`, {
    token: artist,
    json: { to: 'in_production' },
  })
  const upload = await uploadLargeDeliverable({
    url: server.url,
    token: artist,
    bookingId: target.id,
    processGroup: server.processGroup,
    megabytes: UPLOAD_MB,
  })
  rows.push({
    target: `upload ${UPLOAD_MB} MB WAV deliverable (HTTP ${upload.status})`,
    'MB/s': Number(upload.mbps.toFixed(1)),
    s: Number(upload.seconds.toFixed(1)),
    'RSS before MB': Math.round(upload.baseline),
    'RSS peak MB': Math.round(upload.peak),
    'RSS growth MB': Math.round(upload.growth),
  })

  console.log(
    `\n${CONNECTIONS} connections × ${DURATION} s, production build, SQLite, seeded demo data`,
  )
  console.table(rows)
  console.log(
    `upload memory goal (growth < 100 MB for ${UPLOAD_MB} MB): ${upload.growth < 100 ? 'PASS' : 'FAIL'}`,
  )
} finally {
  server.stop()
}
