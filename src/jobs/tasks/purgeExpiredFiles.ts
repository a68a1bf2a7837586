import type { TaskConfig } from 'payload'

import { purgeExpiredFiles } from '@/jobs/purgeExpiredFiles'

export const PURGE_EXPIRED_FILES_TASK = 'purgeExpiredFiles'

/**
 * The daily retention sweep (see `purgeExpiredFiles`). Scheduled by Payload's job scheduling at
 * 03:15 server time: the server's autoRun queues it, the serverless cron route
 * (`/api/payload-jobs/run`) and `npm run worker` too. Idempotent, so a missed or doubled day only
 * moves the purge.
 */
export const purgeExpiredFilesTask: TaskConfig<{
  input: Record<string, never>
  output: { bookings: number }
}> = {
  slug: PURGE_EXPIRED_FILES_TASK,
  label: 'Delete private files past the retention period',
  outputSchema: [{ name: 'bookings', type: 'number', required: true }],
  schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => ({
    output: { bookings: (await purgeExpiredFiles({ payload: req.payload })).length },
  }),
}
