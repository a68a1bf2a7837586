/**
 * Entry script for `npm run worker` (`tsx src/jobs/worker.ts`): runs the jobs queue in a
 * process of its own, beside servers started with JOBS_AUTORUN=false. Several may run at once on
 * PostgreSQL (Payload claims each job in a transaction). On the embedded SQLite default it refuses:
 * SQLite has one writer, and the server's own queue already runs every job there — a second
 * process only fights it for the lock (SQLITE_BUSY).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '@/env'

import { runWorkerLoop } from './workerLoop'

const SQLITE_WORKER_REFUSAL =
  'npm run worker needs PostgreSQL (DATABASE_URL=postgres://…). On the embedded SQLite database the server runs the jobs queue itself (JOBS_AUTORUN, on by default); a separate worker would only compete with it for SQLite’s single write lock.'

const main = async (): Promise<number> => {
  if (env.database.kind === 'sqlite') {
    console.error(SQLITE_WORKER_REFUSAL)
    return 1
  }
  const payload = await getPayload({ config })
  const stop = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort())
  payload.logger.info('Jobs worker started: running due jobs every 2 s on all queues.')
  await runWorkerLoop({
    // Queue what is scheduled (the daily retention sweep), then run what is due.
    runOnce: async () => {
      await payload.jobs.handleSchedules({ allQueues: true })
      return payload.jobs.run({ allQueues: true, limit: 20 })
    },
    signal: stop.signal,
    onError: (error, failures, retryInMs) =>
      payload.logger.warn(
        { err: error, failures },
        `Jobs run failed (${failures} in a row); retrying in ${Math.round(retryInMs / 1000)} s.`,
      ),
  })
  await payload.destroy()
  return 0
}

process.exitCode = await main()
process.exit()
