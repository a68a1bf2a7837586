import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { compareAndSetStatus } from '@/db/compareAndSetStatus'
import { withTransaction } from '@/db/withTransaction'
import { dueReminder, hasLapsed, LICENCE_REMINDER_DAYS } from '@/domain/licence'
import { DAY_MS } from '@/domain/time'
import { SEND_NOTIFICATION_TASK } from '@/notifications/queueNotifications'
import type { NotificationInput } from '@/notifications/queueNotifications'
import type { Licence } from '@/payload-types'
import { slugs } from '@/slugs'

export type LicenceSweep = { expired: number[]; reminded: { licence: number; days: number }[] }

/** The reminders a licence has had queued, as days before its end (30, 7). */
const sentReminders = (licence: Licence): number[] => [
  ...(licence.reminders?.days30 ? [30] : []),
  ...(licence.reminders?.days7 ? [7] : []),
]

/**
 * Queues one reminder email for `licence` and records it on the licence, in one transaction: if
 * either fails, neither happened and the next sweep tries again. The email's delivery key names
 * the licence, its end and the threshold, so two workers (or a retried job) that both queue it
 * still send it once (`claimDelivery`).
 */
const queueReminder = async ({
  req,
  licence,
  days,
  now,
}: {
  req: PayloadRequest
  licence: Licence
  days: number
  now: Date
}) =>
  withTransaction(req, async () => {
    // A direct row write: the reminder bookkeeping is the job's own, not an edit by a person.
    await req.payload.db.updateOne({
      collection: slugs.licences,
      id: licence.id,
      data: { reminders: { ...licence.reminders, [`days${days}`]: now.toISOString() } },
      req,
      returning: false,
    })
    const input: NotificationInput = {
      kind: 'licence_expiring_customer',
      booking: relationId(licence.booking) as number,
      eventKey: `licence:${licence.id}:${new Date(licence.endsAt as string).toISOString()}:${days}d`,
      extra: { daysLeft: days, licenceEndsAt: licence.endsAt ?? null },
    }
    await req.payload.jobs.queue({
      task: SEND_NOTIFICATION_TASK,
      input: input as unknown as Record<string, unknown>,
      req,
    } as unknown as Parameters<PayloadRequest['payload']['jobs']['queue']>[0])
  })

/**
 * The daily licence sweep (`sweepLicencesTask`): marks every active licence whose end has passed
 * `expired` (a compare-and-set, so a renewal racing the sweep wins or loses cleanly), and queues
 * the customer's reminder 30 and 7 days before each active licence ends (`domain/licence.ts`:
 * the latest due threshold, each once; perpetual licences never). `now` is passed in so tests
 * drive the clock. Out: the licences it expired and the reminders it queued.
 */
export const sweepLicences = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<LicenceSweep> => {
  const req = await createLocalReq({}, payload)
  // System queries across all customers: the sweep acts for the agency.
  const lapsed = await payload.find({
    collection: slugs.licences,
    where: {
      and: [{ status: { equals: 'active' } }, { endsAt: { less_than: now.toISOString() } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const expired: number[] = []
  for (const licence of lapsed.docs) {
    if (!hasLapsed({ endsAt: licence.endsAt ? new Date(licence.endsAt) : null, now })) continue
    const won = await withTransaction(req, () =>
      compareAndSetStatus({
        req,
        table: slugs.licences,
        id: licence.id,
        from: 'active',
        to: 'expired',
        set: { updated_at: now.toISOString() },
      }),
    )
    if (won) expired.push(licence.id)
  }

  // A day more than the first threshold: the wall-clock rule decides around DST changes.
  const horizon = new Date(now.getTime() + (LICENCE_REMINDER_DAYS[0] + 1) * DAY_MS)
  const ending = await payload.find({
    collection: slugs.licences,
    where: {
      and: [
        { status: { equals: 'active' } },
        { endsAt: { greater_than_equal: now.toISOString() } },
        { endsAt: { less_than_equal: horizon.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const reminded: LicenceSweep['reminded'] = []
  for (const licence of ending.docs) {
    const days = dueReminder({
      endsAt: licence.endsAt ? new Date(licence.endsAt) : null,
      now,
      sent: sentReminders(licence),
    })
    if (days === null) continue
    await queueReminder({ req, licence, days, now })
    reminded.push({ licence: licence.id, days })
  }
  return { expired, reminded }
}
