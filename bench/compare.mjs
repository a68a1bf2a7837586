// The ratio table of issue 14: each target measured on the product, the bare Next.js app and
// nginx in turn (interleaved, so load from elsewhere on the machine hits all three alike), then
// product / bare Next.js and product / nginx, and the goals as PASS/FAIL.
import { barePath } from './bareNext.mjs'
import { downloadClient, runDownload, runLoad, ratioCell, warmUp } from './lib/load.mjs'
import { waitIdle } from './lib/proc.mjs'
import { printTable } from './lib/table.mjs'

/**
 * The goals, per target kind. `of` is the column the product is compared with, `min` the share
 * of its req/s (MB/s for a download: the bytes are the same, so the two ratios are equal) the
 * product must reach, `p99` a latency bound (ms) when there is one.
 */
export const GOALS = {
  page: { of: 'next', min: 0.8, p99: 100, text: '≥ 80 % of bare Next.js req/s, p99 < 100 ms' },
  api: { of: 'next', min: 0.5, text: '≥ 50 % of bare Next.js req/s' },
  download: { of: 'nginx', min: 0.5, text: '≥ 50 % of nginx MB/s' },
}

/**
 * Judges one target: 'PASS', 'FAIL (reasons)' or 'n/a (reason)'. A run with any non-2xx answer,
 * connection error or timeout fails, whatever its speed: errors are fast.
 */
export const judge = ({ kind, product, next, nginx }) => {
  const goal = GOALS[kind]
  const base = goal.of === 'next' ? next : nginx
  if (!base) return `n/a (no ${goal.of === 'next' ? 'bare Next.js' : 'nginx'} figure)`
  const share = product.reqPerSec / base.reqPerSec
  const reasons = []
  if (product.non2xx > 0) reasons.push(`${product.non2xx} non-2xx`)
  if (product.errors > 0) reasons.push(`${product.errors} errors/timeouts`)
  if (share < goal.min) reasons.push(`${Math.round(share * 100)} % < ${goal.min * 100} %`)
  if (goal.p99 !== undefined && !(product.p99 < goal.p99))
    reasons.push(`p99 ${product.p99} ms ≥ ${goal.p99} ms`)
  return reasons.length ? `FAIL (${reasons.join(', ')})` : 'PASS'
}

/**
 * Measures every target (bench/targets.mjs) on `servers` ({ product, next, nginx }: each
 * { url } or null when that column is missing; `next` and `nginx` serve at barePath(target)),
 * `duration` s each after a warm-up, on `connections` connections with autocannon
 * (`downloadConnections` with runDownload for the demo download, see there), prints the side-by-side table, the details
 * and the goals, and resolves to [{ target, product, next, nginx, result }].
 */
export const compare = async ({ targets, servers, connections, downloadConnections, duration }) => {
  const measured = []
  for (const target of targets) {
    const row = { target }
    for (const name of ['product', 'next', 'nginx']) {
      const server = servers[name]
      if (!server) continue
      const url = `${server.url}${name === 'product' ? target.path : barePath(target)}`
      await warmUp(url)
      row[name] =
        target.kind === 'download'
          ? await runDownload({ url, connections: downloadConnections, duration })
          : await runLoad({ url, connections, duration })
      // Requests the load generator gave up on may still be running on the server.
      const waited = server.processGroup ? await waitIdle(server.processGroup) : 0
      console.log(
        `  ${target.label} on ${name}: ${Math.round(row[name].reqPerSec)} req/s, p99 ${row[name].p99} ms` +
          (waited > 1500 ? ` (busy ${Math.round(waited / 1000)} s after the run)` : ''),
      )
    }
    row.result = judge({ kind: target.kind, ...row })
    measured.push(row)
  }

  const r = (m) => m && Math.round(m.reqPerSec)
  const mb = (m) => m && Number(m.mbPerSec.toFixed(1))
  printTable(
    `Product vs the same bytes from a bare Next.js prerendered page and nginx — ${duration} s each (autocannon; the download with ${downloadClient})`,
    measured.map(({ target, product, next, nginx }) => ({
      target: target.label,
      KB: Math.round(target.bytes.length / 1024),
      conn: target.kind === 'download' ? downloadConnections : connections,
      'product req/s': r(product),
      'next req/s': r(next),
      'nginx req/s': r(nginx),
      'product p99 ms': product.p99,
      'next p99 ms': next?.p99,
      'nginx p99 ms': nginx?.p99,
      'product MB/s': mb(product),
      'next MB/s': mb(next),
      'nginx MB/s': mb(nginx),
      'product/next': ratioCell(product.reqPerSec, next?.reqPerSec),
      'product/nginx': ratioCell(product.reqPerSec, nginx?.reqPerSec),
    })),
  )
  printTable(
    'Details (p50 latency; answers that were not 2xx; connection errors and timeouts)',
    measured.flatMap(({ target, ...servers_ }) =>
      ['product', 'next', 'nginx']
        .filter((name) => servers_[name])
        .map((name) => ({
          target: target.label,
          server: name,
          path: name === 'product' ? target.path : barePath(target),
          'p50 ms': servers_[name].p50,
          'non-2xx': servers_[name].non2xx,
          errors: servers_[name].errors,
        })),
    ),
  )
  console.log('\nGoals (issue 14)')
  for (const { target, result } of measured) {
    const [verdict, ...reason] = result.split(' ')
    const why = reason.length ? ` — ${reason.join(' ').replace(/^\((.*)\)$/, '$1')}` : ''
    console.log(`  ${verdict.padEnd(4)}  ${target.label}: ${GOALS[target.kind].text}${why}`)
  }
  return measured
}
