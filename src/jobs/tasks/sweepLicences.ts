import type { TaskConfig } from 'payload'

import { sweepLicences } from '@/jobs/sweepLicences'

export const SWEEP_LICENCES_TASK = 'sweepLicences'

/**
 * The daily licence sweep (see `sweepLicences`): reminders 30 and 7 days before a usage licence
 * ends, and lapsed licences marked expired. Scheduled by Payload's job scheduling at 06:30 server
 * time, queued like the retention sweep (the server's autoRun, the cron route, `npm run worker`).
 * Idempotent: a doubled run queues nothing new, and each reminder email is sent once.
 */
export const sweepLicencesTask: TaskConfig<{
  input: Record<string, never>
  output: { expired: number; reminded: number }
}> = {
  slug: SWEEP_LICENCES_TASK,
  label: 'Remind of ending usage licences and mark lapsed ones expired',
  outputSchema: [
    { name: 'expired', type: 'number', required: true },
    { name: 'reminded', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 30 6 * * *', queue: 'default' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    const { expired, reminded } = await sweepLicences({ payload: req.payload })
    return { output: { expired: expired.length, reminded: reminded.length } }
  },
}
