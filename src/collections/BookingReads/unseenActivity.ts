import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { rows, transactionDb } from '@/db/atomicIncrement'
import { changeActions, MESSAGE_ACTION } from '@/domain/liveChanges'
import type { User } from '@/payload-types'

/** What a person hasn't seen yet, over all their bookings. */
export type UnseenActivity = {
  /** Bookings with a change by someone else (a message excluded) after the person last opened it. */
  changedBookings: number[]
  /** Messages by someone else posted after the person last opened their booking. */
  unreadMessages: number
  /** Every booking with anything unseen (changes or messages), ascending. */
  unseenBookings: number[]
}

/**
 * For `user`, the bookings with change events they haven't seen and the number of unseen messages:
 * events on their bookings (as customer or artist — the audit trail's read rule, on its
 * denormalised `customer`/`artist` columns; for an admin, the bookings they have opened before)
 * newer than the person's `booking-reads` mark, not made or set off by the person themselves (`actor`,
 * `causedBy`: a script upload's automatic status change is the uploader's own; an auto-approval or
 * the invoice a job issued counts for everyone). One grouped query on indexed
 * columns, in raw SQL because the Local API can't compare each event with its booking's mark; it
 * reads only events the person may read, so it bypasses no access rule. Accepts `req` to read
 * inside its transaction.
 */
export const unseenActivity = async ({
  payload,
  req,
  user,
}: {
  payload: Payload
  req?: PayloadRequest
  user: Pick<User, 'id' | 'role'>
}): Promise<UnseenActivity> => {
  const db = await transactionDb(req ?? ({ payload } as PayloadRequest))
  const me = Number(user.id)
  const scope =
    user.role === 'admin'
      ? sql`r."id" IS NOT NULL`
      : sql`(e."customer_id" = ${me} OR e."artist_id" = ${me})`
  const actions = sql.join(
    changeActions.map((a) => sql`${a}`),
    sql`, `,
  )
  const found = await rows(
    db,
    sql`SELECT e."booking_id" AS "booking",
      SUM(CASE WHEN e."action" = ${MESSAGE_ACTION} THEN 0 ELSE 1 END) AS "changes",
      SUM(CASE WHEN e."action" = ${MESSAGE_ACTION} THEN 1 ELSE 0 END) AS "messages"
    FROM "audit_events" e
    LEFT JOIN "booking_reads" r ON r."booking_id" = e."booking_id" AND r."user_id" = ${me}
    WHERE ${scope}
      AND e."booking_id" IS NOT NULL
      AND (e."actor_id" IS NULL OR e."actor_id" <> ${me})
      AND (e."caused_by_id" IS NULL OR e."caused_by_id" <> ${me})
      AND e."action" IN (${actions})
      AND e."id" > COALESCE(r."seen_event_id", 0)
    GROUP BY e."booking_id"
    ORDER BY e."booking_id"`,
  )
  return {
    changedBookings: found.filter((r) => Number(r.changes) > 0).map((r) => Number(r.booking)),
    unreadMessages: found.reduce((sum, r) => sum + Number(r.messages), 0),
    unseenBookings: found.map((r) => Number(r.booking)),
  }
}

/**
 * The ids of `user`'s bookings with anything they haven't seen (see `unseenActivity`), for the
 * bookings lists' "new" marker. Output: a Set of booking ids (numbers).
 */
export const unseenBookingIds = async ({
  payload,
  user,
}: {
  payload: Payload
  user: Pick<User, 'id' | 'role'>
}): Promise<Set<number>> => new Set((await unseenActivity({ payload, user })).unseenBookings)
