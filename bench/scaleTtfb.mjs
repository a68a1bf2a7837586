// The scale stage (`npm run bench -- --scale` or BENCH_SCALE=1): time to first byte at 10,000 artists
// and 100,000 bookings on PostgreSQL, on a database of its own. Creates a fresh database, migrates,
// seeds the demo data and the scale data (`npm run seed -- --scale N`), starts the production build on
// it, measures the targets of bench/scale.mjs (plus a filtered catalog) with its `measureTtfb`, then
// stops the server and drops the database. bench/scale.mjs alone measures a database it keeps.
import pg from 'pg'

import { runSeed } from '../scripts/lib/migrate.mjs'
import { startServer } from '../scripts/lib/server.mjs'

import { printTable } from './lib/table.mjs'
import { measureTtfb, scaleTargets } from './scale.mjs'

const root = new URL('..', import.meta.url).pathname

const withAdmin = async (adminUrl, sql) => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * Runs the stage on the PostgreSQL server at `adminUrl` (a database URL it may create and drop
 * databases through), serving on `port`, with `artists` artists and `runs` warm requests per
 * target. Prints the table; resolves to its rows. The database is dropped whatever happens.
 */
export const measureScale = async ({ adminUrl, port, artists, runs = 20 }) => {
  const name = `v14_bench_scale_${process.pid}`
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString()
  await withAdmin(adminUrl, `create database ${name}`)
  let server
  try {
    const started = Date.now()
    server = await startServer({
      port,
      databaseUrl,
      // A prerendered file: the readiness check must not render (and so warm) a page.
      readyPath: '/favicon.ico',
      afterSeed: ({ env }) => runSeed({ cwd: root, env, extraArgs: ['--scale', String(artists)] }),
    })
    const seconds = Math.round((Date.now() - started) / 1000)
    const targets = [
      ...(await scaleTargets({ url: server.url })),
      { label: 'catalog /en, filtered', path: '/en?language=nl&gender=female' },
    ]
    const rows = await measureTtfb({ url: server.url, targets, runs })
    printTable(
      `At ${artists} artists on PostgreSQL (ready in ${seconds} s incl. seeds): cold = first request after start, then p50/p95/max of ${runs}`,
      rows,
    )
    return rows
  } finally {
    await server?.stopAndWait()
    await withAdmin(adminUrl, `drop database if exists ${name} with (force)`)
  }
}
