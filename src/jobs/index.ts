import type { JobsConfig, Payload } from 'payload'

import { checkRole } from '@/access/checkRole'
import type { Env } from '@/env'
import { withJsonView } from '@/fields/jsonView'

import { cronAuthorized } from './cronAuthorized'
import { autoApproveBookingTask } from './tasks/autoApproveBooking'
import { computeDeliveryPeaksTask } from './tasks/computeDeliveryPeaks'
import { issueCreditNoteTask, issueInvoiceTask } from './tasks/issueInvoice'
import { makeDemoPreviewTask } from './tasks/makeDemoPreview'
import { measureDeliveryTask } from './tasks/measureDelivery'
import { purgeExpiredFilesTask } from './tasks/purgeExpiredFiles'
import { sendEmailChangeEmailTask } from './tasks/sendEmailChangeEmail'
import { sendMessageDigestTask } from './tasks/sendMessageDigest'
import { sendNotificationTask } from './tasks/sendNotification'
import { sweepLicencesTask } from './tasks/sweepLicences'

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
    sendEmailChangeEmailTask,
    sendMessageDigestTask,
    makeDemoPreviewTask,
    sweepLicencesTask,
    measureDeliveryTask,
    computeDeliveryPeaksTask,
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
  // Due jobs run every 3 s. Scheduled tasks (the daily retention sweep) are queued by a separate
  // hourly tick: Payload's scheduler writes its `payload-jobs-stats` row outside any transaction,
  // and on SQLite such a write every 3 s, colliding with requests' transactions, left connections
  // answering SQLITE_BUSY_SNAPSHOT for seconds (logins failed). `onInit` creates that row once,
  // before the first request (see `prepareSchedules`).
  autoRun:
    env.JOBS_AUTORUN && !isBuildPhase
      ? [
          { cron: '*/3 * * * * *', queue: 'default', limit: 20, disableScheduling: true },
          { cron: '0 7 * * * *', queue: 'default', limit: 20 },
        ]
      : [],
})

/**
 * Queues what is due of the scheduled tasks once, when Payload starts (`onInit`, before any request
 * is served), so the scheduler's bookkeeping row exists before traffic; afterwards the hourly
 * autoRun tick keeps it. Only where this process runs jobs itself (`JOBS_AUTORUN`). Never throws:
 * a failure is logged, and the hourly tick tries again.
 */
export const prepareSchedules = async ({ payload, env }: { payload: Payload; env: Env }) => {
  if (!env.JOBS_AUTORUN || isBuildPhase) return
  try {
    await payload.jobs.handleSchedules({ allQueues: true })
  } catch (error) {
    payload.logger.warn({ msg: 'Scheduled jobs could not be prepared at start', err: error })
  }
}
