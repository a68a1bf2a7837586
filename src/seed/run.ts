/**
 * Entry script for `tsx src/seed/run.ts` (so it exports nothing):
 *   npm run seed                 seed an empty database; say so and stop if it has users
 *   npm run seed -- --reset      delete the demo data first, then seed again
 *   … --if-empty                 (scripts/dev.mjs) seed only when there are no users at all
 *   npm run seed -- --scale 10000   PostgreSQL only: the demo data (seeded first when the database is
 *                                   empty), then 10,000 artists, 1,000 customers and 100,000 bookings
 *                                   (`scale.ts`); a re-run tops up to the new N or adds nothing
 * The arguments after the script path are the options (a `--` among them is ignored, so the older
 * `npm run seed -- -- --reset` still works).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '@/env'
import { slugs } from '@/slugs'

import { assertScaleDatabase, seedScale } from './scale'
import type { SeedResult } from './seed'
import { removeSeedData, seed, SeedRefusal } from './seed'

const usage = 'Usage: tsx src/seed/run.ts [--if-empty | --reset | --scale <artists>]'

/** The N of `--scale N` / `--scale=N` (a whole number from 1 to 100,000); null without the option. */
const parseScale = (args: string[]): { value: number | null; rest: string[]; bad: boolean } => {
  const at = args.findIndex((a) => a === '--scale' || a.startsWith('--scale='))
  if (at < 0) return { value: null, rest: args, bad: false }
  const inline = args[at].startsWith('--scale=')
  const raw = inline ? args[at].slice('--scale='.length) : args[at + 1]
  const rest = args.filter((_, i) => i !== at && (inline || i !== at + 1))
  const value = /^\d{1,6}$/.test(raw ?? '') ? Number(raw) : NaN
  return value >= 1 && value <= 100_000
    ? { value, rest, bad: false }
    : { value: null, rest, bad: true }
}

const credentialsTable = (result: SeedResult): string => {
  const rows = [
    ['Role', 'Email', 'Password'],
    ...result.accounts.map((a) => [a.role, a.email, a.password]),
  ]
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)))
  const line = (row: string[]) =>
    `  ${row.map((cell, col) => cell.padEnd(widths[col])).join('  ')}`.trimEnd()
  const lines = [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)]
  return lines.join('\n')
}

const main = async (): Promise<number> => {
  // `--` may arrive as an argument of its own, depending on how npm and the script were called.
  const scale = parseScale(process.argv.slice(2).filter((arg) => arg !== '--'))
  const args = scale.rest
  const unknown = args.filter((arg) => arg !== '--if-empty' && arg !== '--reset')
  const ifEmpty = args.includes('--if-empty')
  const reset = args.includes('--reset')
  if (
    unknown.length > 0 ||
    (ifEmpty && reset) ||
    scale.bad ||
    (scale.value && (ifEmpty || reset))
  ) {
    console.error(usage)
    return 1
  }
  if (env.isProduction) {
    console.error('Refusing to seed: demo accounts with known passwords never go into production.')
    return 1
  }

  const payload = await getPayload({ config })
  try {
    // System check, no user involved: is this database empty?
    const { totalDocs: users } = await payload.count({ collection: slugs.users })
    if (scale.value !== null) {
      assertScaleDatabase()
      if (users === 0) {
        const demo = await seed({ payload })
        console.log(`Demo data seeded first, in ${demo.seconds.toFixed(1)} s.`)
      }
      const result = await seedScale({ payload, artists: scale.value })
      console.log(
        result.artists.created + result.bookings.created + result.customers.created === 0
          ? `Scale data: already at ${result.artists.total} artists and ${result.bookings.total} bookings, nothing to add (${result.seconds.toFixed(1)} s).`
          : `Scale data seeded in ${result.seconds.toFixed(1)} s: ` +
              `${result.artists.created} artists added (${result.artists.total} in all), ` +
              `${result.customers.created} customers added (${result.customers.total}), ` +
              `${result.bookings.created} bookings added (${result.bookings.total}).\n` +
              'Scale accounts sign in with the demo passwords: customer-0001@scale.14voices.local / ' +
              'customer-14voices, artist-00001@scale.14voices.local / artist-14voices.',
      )
      return 0
    }
    if (users > 0 && !reset) {
      console.log(
        ifEmpty
          ? 'Demo data: the database already has users, nothing to seed.'
          : 'The database already has data, so nothing was seeded.\n' +
              'To replace the demo accounts and artists: npm run seed -- -- --reset',
      )
      return 0
    }
    if (reset) await removeSeedData({ payload })

    const result = await seed({ payload })
    console.log(
      `\nDemo data seeded in ${result.seconds.toFixed(1)} s: ${result.voiceovers.active} active and ` +
        `${result.voiceovers.inactive} hidden artist profiles, ${result.media} photos and demos.\n` +
        `Demo accounts (development only; sign in at ${env.SERVER_URL}/login or /admin):\n\n` +
        `${credentialsTable(result)}\n`,
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

/** The error's message with its causes: database drivers put the useful part in `cause`. */
const describe = (error: unknown): string => {
  const messages: string[] = []
  for (let e: unknown = error; e instanceof Error && messages.length < 5; e = e.cause) {
    messages.push(e.message)
  }
  return messages.length > 0 ? messages.join(' ← ') : String(error)
}

const exitCode = await main().catch((error: unknown) => {
  const message = describe(error)
  if (/no such table|relation .* does not exist/i.test(message)) {
    console.error('Seeding failed: the database has no tables yet. Run `npm run migrate` first.')
  } else if (error instanceof SeedRefusal) {
    console.error(`Not seeded: ${message}`)
  } else {
    console.error(`Seeding failed: ${message}`)
    console.error(error)
  }
  return 1
})
// Node would exit too, but only after this module settles; exit explicitly so an open
// handle (a database pool, a timer) can never keep the process alive.
process.exit(exitCode)
