import type { JobsConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import type { Env } from '@/env'

import { issueCreditNoteTask, issueInvoiceTask } from './tasks/issueInvoice'

const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'

/**
 * Side effects run through Payload's jobs queue. A long-running server (`npm run dev`, `npm start`)
 * runs the queue itself every few seconds; tests run it explicitly (`payload.jobs.run()`), and
 * serverless hosts call the cron route. Only admins may queue, run or cancel jobs over the API.
 */
export const jobsConfig = (env: Env): JobsConfig => ({
  tasks: [issueInvoiceTask, issueCreditNoteTask],
  access: {
    queue: ({ req }) => checkRole(['admin'], req.user),
    run: ({ req }) => checkRole(['admin'], req.user),
    cancel: ({ req }) => checkRole(['admin'], req.user),
  },
  deleteJobOnComplete: false,
  autoRun:
    env.JOBS_AUTORUN && !isBuildPhase
      ? [{ cron: '*/3 * * * * *', queue: 'default', limit: 20 }]
      : [],
})
