// The scale stage (`npm run bench -- --scale` or BENCH_SCALE=1): time to first byte of the catalog,
// a profile and a filtered catalog query at 10,000 artists on PostgreSQL. Creates a fresh database,
// migrates, seeds the demo data, runs the scale seed (`npm run seed -- --scale N`) when this
// checkout has one, starts the production build on it, measures each page cold (its first request
// after start) and warm, then stops the server and drops the database. (Named apart from
// bench/scale.mjs, the scale seed's own measurements on a database it keeps.)
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { startServer } from '../scripts/lib/server.mjs'

import { printTable } from './lib/table.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

/** True when the seed script of this checkout takes `--scale` (issue 14's scale seed). */
export const scaleSeedAvailable = () =>
  fs.readFileSync(path.join(root, 'src/seed/run.ts'), 'utf8').includes('--scale')

const withAdmin = async (adminUrl, sql) => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Time to the response's headers and to its last byte (ms) of one GET, and its status. */
const timeGet = async (url) => {
  const started = performance.now()
  const res = await fetch(url, { redirect: 'manual' })
  const ttfb = performance.now() - started
  await res.arrayBuffer()
  return { status: res.status, ttfb, total: performance.now() - started }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Runs the stage on the PostgreSQL server at `adminUrl` (a database URL it may create and drop
 * databases through), serving on `port`, with `artists` artists and `warmRuns` warm requests per
 * page. Prints the table; resolves to its rows. The database is dropped whatever happens.
 */
export const measureScale = async ({ adminUrl, port, artists, warmRuns = 5 }) => {
  const name = `v14_bench_scale_${process.pid}`
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString()
  const available = scaleSeedAvailable()
  let seeded = 'scale seed not available'
  await withAdmin(adminUrl, `create database ${name}`)
  let server
  try {
    server = await startServer({
      port,
      databaseUrl,
      // A prerendered file: the readiness check must not render (and so warm) a page.
      readyPath: '/favicon.ico',
      afterSeed: ({ env }) => {
        if (!available) {
          console.log(`${seeded}: this checkout's src/seed/run.ts takes no --scale`)
          return
        }
        const started = Date.now()
        const r = spawnSync(
          'npx',
          ['payload', 'run', 'src/seed/run.ts', '--', '--scale', String(artists)],
          { cwd: root, env: { ...env, PAYLOAD_LOG_LEVEL: 'info' }, stdio: 'inherit' },
        )
        const seconds = Math.round((Date.now() - started) / 1000)
        seeded =
          r.status === 0
            ? `scale seed ran in ${seconds} s`
            : `scale seed FAILED (exit ${r.status}) after ${seconds} s`
      },
    })
    const base = server.url
    const home = await fetch(`${base}/`, { redirect: 'manual' })
    const catalog = new URL(home.headers.get('location') ?? '/nl', base).pathname
    const first = await (await fetch(`${base}/api/voiceovers?limit=1&depth=0`)).json()
    const slug = first.docs?.[0]?.slug
    const pages = [
      ['catalog', catalog],
      ['profile', `${catalog}/voiceovers/${slug}`],
      ['catalog, filtered', `${catalog}?language=nl&gender=female`],
    ]
    const cold = []
    for (const [, p] of pages) cold.push(await timeGet(`${base}${p}`))
    const rows = []
    for (const [i, [label, p]] of pages.entries()) {
      const warm = []
      for (let n = 0; n < warmRuns; n++) warm.push(await timeGet(`${base}${p}`))
      rows.push({
        page: label,
        path: p,
        status: [cold[i].status, ...new Set(warm.map((w) => w.status))].join('/'),
        'cold TTFB ms': Math.round(cold[i].ttfb),
        'cold total ms': Math.round(cold[i].total),
        'warm TTFB ms (median)': Math.round(median(warm.map((w) => w.ttfb))),
        'warm total ms (median)': Math.round(median(warm.map((w) => w.total))),
      })
    }
    printTable(
      `At scale on PostgreSQL: ${first.totalDocs} artists listed by the API (${seeded}); cold = first request after start, warm = median of ${warmRuns}`,
      rows,
    )
    return rows
  } finally {
    await server?.stopAndWait()
    await withAdmin(adminUrl, `drop database if exists ${name} with (force)`)
  }
}
