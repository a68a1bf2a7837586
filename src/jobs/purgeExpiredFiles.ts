import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { withTransaction } from '@/db/withTransaction'
import { isDueForPurge, purgeCutoff } from '@/domain/privacy'
import { getPrivacySettings } from '@/globals/Privacy/getPrivacySettings'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'
import { deleteStoredFile } from '@/storage/deleteStoredFile'

/** The private collections the retention rule empties. Invoices are not among them (kept 7 years). */
const PURGED_COLLECTIONS = [slugs.scripts, slugs.deliverables] as const

type PurgedFile = { id: number; filename?: string | null }

/** The not-yet-purged files of one booking in one collection (system read: the job acts for the agency). */
const unpurgedFiles = async (
  req: PayloadRequest,
  collection: (typeof PURGED_COLLECTIONS)[number],
  booking: number,
): Promise<PurgedFile[]> =>
  // System query of the retention job: no user acts; every file of the booking is in scope.
  (
    await req.payload.find({
      collection,
      where: { and: [{ booking: { equals: booking } }, { purgedAt: { exists: false } }] },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
  ).docs as PurgedFile[]

/**
 * Purges one completed booking: deletes the bytes of its scripts and deliveries, then — in one
 * transaction — marks their rows `purgedAt` and writes one `files.purged` audit event (system) naming
 * them. Bytes go first: if the marking fails, the next run finds the rows unmarked and retries (an
 * already-missing file counts as deleted); the other order could leave bytes behind rows that claim
 * they are gone. Returns the number of files purged (0 when there was nothing left: idempotent).
 */
export const purgeBookingFiles = async ({
  payload,
  booking,
  retentionDays,
  now,
}: {
  payload: Payload
  booking: Booking
  retentionDays: number
  now: Date
}): Promise<number> => {
  const req = await createLocalReq({}, payload)
  const found = await Promise.all(
    PURGED_COLLECTIONS.map(async (collection) => ({
      collection,
      files: await unpurgedFiles(req, collection, booking.id),
    })),
  )
  const total = found.reduce((sum, { files }) => sum + files.length, 0)
  if (total === 0) return 0
  for (const { collection, files } of found) {
    for (const doc of files) await deleteStoredFile({ req, collection, doc })
  }
  await withTransaction(req, async () => {
    for (const { collection, files } of found) {
      for (const doc of files) {
        // A direct row write: the collections' update hooks guard uploads and decisions by people,
        // and marking a file purged is neither.
        await payload.db.updateOne({
          collection,
          id: doc.id,
          data: { purgedAt: now.toISOString() },
          req,
          returning: false,
        })
      }
    }
    await recordAudit({
      req,
      action: 'files.purged',
      booking,
      system: true,
      details: {
        retentionDays,
        completedAt: booking.statusChangedAt ?? null,
        ...Object.fromEntries(
          found.map(({ collection, files }) => [
            collection,
            files.map((f) => ({ id: f.id, filename: f.filename ?? null })),
          ]),
        ),
      },
    })
  })
  return total
}

/**
 * The retention sweep: deletes the private files (scripts, deliveries — never invoices) of every
 * booking completed at least `privateFileRetentionDays` (Privacy global) ago, keeping their rows
 * marked `purgedAt`, one audit event per booking. `now` is passed in so tests drive the clock.
 * Returns the ids of the bookings it purged something from; a second run returns [].
 */
export const purgeExpiredFiles = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<number[]> => {
  const req = await createLocalReq({}, payload)
  const { privateFileRetentionDays: days } = await getPrivacySettings(req)
  const cutoff = purgeCutoff({ now, days })
  // System query across all customers.
  const completed = await payload.find({
    collection: slugs.bookings,
    where: {
      and: [
        { status: { equals: 'completed' } },
        { statusChangedAt: { less_than_equal: cutoff.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const purged: number[] = []
  for (const booking of completed.docs) {
    const completedAt = booking.statusChangedAt ? new Date(booking.statusChangedAt) : null
    if (!completedAt || !isDueForPurge({ completedAt, now, days })) continue
    if ((await purgeBookingFiles({ payload, booking, retentionDays: days, now })) > 0) {
      purged.push(booking.id)
    }
  }
  return purged
}
