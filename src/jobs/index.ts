import type { JobsConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import type { Env } from '@/env'
import { withJsonView } from '@/fields/jsonView'

import { cronAuthorized } from './cronAuthorized'
import { autoApproveBookingTask } from './tasks/autoApproveBooking'
import { issueCreditNoteTask, issueInvoiceTask } from './tasks/issueInvoice'
import { purgeExpiredFilesTask } from './tasks/purgeExpiredFiles'
import { sendNotificationTask } from './tasks/sendNotification'

const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'

/**
 * Side effects run through Payload's jobs queue. A long-running server (`npm run dev`, `npm start`)
 * runs the queue itself every few seconds; tests run it explicitly (`payload.jobs.run()`), and
 * serverless hosts call `GET /api/payload-jobs/run` with `Authorization: Bearer $CRON_SECRET`. Only
 * admins (and that cron call, for running) may queue, run or cancel jobs over the API.
 */
export const jobsConfig = (env: Env): JobsConfig => ({
  tasks: [
    issueInvoiceTask,
    issueCreditNoteTask,
    sendNotificationTask,
    autoApproveBookingTask,
    purgeExpiredFilesTask,
  ],
  access: {
    queue: ({ req }) => checkRole(['admin'], req.user),
    run: ({ req }) => checkRole(['admin'], req.user) || cronAuthorized(req, env.CRON_SECRET),
    cancel: ({ req }) => checkRole(['admin'], req.user),
  },
  deleteJobOnComplete: false,
  // Admins may look at the queue in the panel (read-only); nobody else sees it.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    fields: withJsonView(defaultJobsCollection.fields),
    access: { ...defaultJobsCollection.access, read: ({ req }) => checkRole(['admin'], req.user) },
    admin: {
      ...defaultJobsCollection.admin,
      group: 'System',
      hidden: ({ user }) => user?.role !== 'admin',
    },
  }),
  autoRun:
    env.JOBS_AUTORUN && !isBuildPhase
      ? [{ cron: '*/3 * * * * *', queue: 'default', limit: 20 }]
      : [],
})
