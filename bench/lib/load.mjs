// Load generation for the bench: autocannon runs reduced to the figures the tables print.
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
