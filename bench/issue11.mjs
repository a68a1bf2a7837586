// Issue 11's measurements, kept as their own table: booking creation under load, login with and
// without the account rate limits (a second server with RATE_LIMIT_DISABLED), and the memory of a
// 500 MB deliverable upload.
import { startServer } from '../scripts/lib/server.mjs'

import { runLoad } from './lib/load.mjs'
import { printTable } from './lib/table.mjs'
import { uploadLargeDeliverable } from './uploadMemory.mjs'

const CUSTOMER = { email: 'customer@14voices.local', password: 'customer-14voices' }

/** A JSON API call on `base` as the seeded accounts make them; throws on a non-2xx answer. */
export const apiCall = async (base, path, { token, json, form, method = 'POST' } = {}) => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      origin: base,
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
    },
    body: json ? JSON.stringify(json) : form,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(body)}`)
  return body
}

/** Logs in on `base` and resolves to the JWT. */
export const loginAs = async (base, { email, password }) =>
  (await apiCall(base, '/api/users/login', { json: { email, password } })).token

/**
 * Lifts the booking and delivery quotas (Quotas global, issue 11) on a throwaway bench server:
 * the bench measures what a booking costs, not the quota that stops one customer booking more
 * than 10 an hour.
 */
export const liftQuotas = async (base) => {
  const admin = await loginAs(base, { email: 'admin@14voices.local', password: 'admin-14voices' })
  await apiCall(base, '/api/globals/quotas', {
    token: admin,
    json: {
      bookingsPerHour: 1_000_000,
      bookingsPerDay: 1_000_000,
      deliveriesPerBooking: 1_000_000,
      deliveryBytesPerBooking: 1024 ** 5,
    },
  })
}

const loadRow = (label, r) => ({
  target: label,
  'req/s': Math.round(r.reqPerSec),
  'p50 ms': r.p50,
  'p99 ms': r.p99,
  'non-2xx': r.non2xx,
  errors: r.errors,
})

/**
 * Runs issue 11's measurements against `server` (startServer's result, seeded), starting a second
 * server on `secondPort` for login without rate limits. Prints the table and the upload memory
 * goal; resolves to the upload's figures.
 */
export const measureIssue11 = async ({ server, secondPort, connections, duration, uploadMb }) => {
  const base = server.url
  const rows = []
  await liftQuotas(base)
  const customer = await loginAs(base, CUSTOMER)
  const sanne = (
    await apiCall(base, '/api/voiceovers?where[slug][equals]=sanne-de-vries&limit=1', {
      method: 'GET',
    })
  ).docs[0]
  const few = Math.min(connections, 10)
  const booking = await runLoad({
    url: `${base}/api/bookings`,
    connections: few,
    duration,
    method: 'POST',
    headers: { authorization: `JWT ${customer}`, origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({
      voiceover: sanne.id,
      projectTitle: 'Bench booking',
      projectType: 'commercial',
      termsAccepted: true,
    }),
  })
  rows.push(loadRow(`POST /api/bookings (create), ${few} conn.`, booking))

  const loginLoad = async (url) => {
    // One login first: the measured seconds should not include the route's first compile.
    await loginAs(url, CUSTOMER)
    return runLoad({
      url: `${url}/api/users/login`,
      connections: few,
      duration,
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json' },
      body: JSON.stringify(CUSTOMER),
    })
  }
  // This server: memory store, per-address limits × 1000 (scripts/lib/server.mjs); then a second
  // server with the limits off.
  rows.push(loadRow(`POST /api/users/login (rate limits on), ${few} conn.`, await loginLoad(base)))
  const unlimited = await startServer({ port: secondPort, env: { RATE_LIMIT_DISABLED: 'true' } })
  try {
    rows.push(
      loadRow(
        `POST /api/users/login (rate limits off), ${few} conn.`,
        await loginLoad(unlimited.url),
      ),
    )
  } finally {
    await unlimited.stopAndWait()
  }

  // A large master delivered by the artist: server memory must not grow with the file.
  const target = (
    await apiCall(base, '/api/bookings', {
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
  await apiCall(base, '/api/scripts', { token: customer, form: script })
  const artist = await loginAs(base, { email: 'sanne@14voices.local', password: 'artist-14voices' })
  await apiCall(base, `/api/bookings/${target.id}/transition`, {
    token: artist,
    json: { to: 'in_production' },
  })
  const upload = await uploadLargeDeliverable({
    url: base,
    token: artist,
    bookingId: target.id,
    processGroup: server.processGroup,
    megabytes: uploadMb,
  })
  rows.push({
    target: `upload ${uploadMb} MB WAV deliverable (HTTP ${upload.status})`,
    'MB/s': Number(upload.mbps.toFixed(1)),
    s: Number(upload.seconds.toFixed(1)),
    'RSS before MB': Math.round(upload.baseline),
    'RSS peak MB': Math.round(upload.peak),
    'RSS growth MB': Math.round(upload.growth),
  })
  printTable(`Issue 11: bookings, login, large upload — ${duration} s each`, rows)
  console.log(
    `  ${upload.growth < 100 ? 'PASS' : 'FAIL'}  upload memory: growth < 100 MB for ${uploadMb} MB (was ${Math.round(upload.growth)} MB)`,
  )
  return upload
}
