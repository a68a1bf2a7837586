import type { Payload, PayloadRequest } from 'payload'

import type { MessageAuthorRole } from '@/domain/messages'
import { digestRecipientsOf, nextDigestAt } from '@/domain/messages'
import { slugs } from '@/slugs'

export const SEND_MESSAGE_DIGEST_TASK = 'sendMessageDigest'

/** What a digest job needs: the booking, and which of its parties to write to. */
export type MessageDigestInput = { booking: number; recipientRole: MessageAuthorRole }

/**
 * The moment the next digest to `recipientRole` about `booking` may go out (see `nextDigestAt`):
 * now when they have had none, else 15 minutes after the previous one. A system read of the digest
 * log (nobody but admins reads it over the API). Pass `req` to read inside a request's transaction.
 */
export const digestDueAt = async ({
  payload,
  req,
  booking,
  recipientRole,
  now = new Date(),
}: {
  payload: Payload
  req?: PayloadRequest
  booking: number
  recipientRole: MessageAuthorRole
  now?: Date
}): Promise<Date> => {
  const latest = await payload.find({
    collection: slugs.messageDigests,
    where: {
      and: [{ booking: { equals: booking } }, { recipientRole: { equals: recipientRole } }],
    },
    sort: '-sequence',
    limit: 1,
    depth: 0,
    pagination: false,
    // System read: the digest log is the server's own bookkeeping (admins only over the API).
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const previous = latest.docs[0]
  return nextDigestAt({ previousDigestAt: previous ? new Date(previous.createdAt) : null, now })
}

/**
 * Queues one digest job per party to hear about a new message (`digestRecipientsOf` the author's
 * role) in `req`'s transaction, so the jobs exist if and only if the message does. Each job waits
 * until that party's next digest is due; it collects every message not yet emailed to them when it
 * runs, so messages posted close together share one email.
 */
export const queueMessageDigests = async ({
  req,
  booking,
  authorRole,
}: {
  req: PayloadRequest
  booking: number
  authorRole: MessageAuthorRole
}): Promise<void> => {
  for (const recipientRole of digestRecipientsOf(authorRole)) {
    await queueMessageDigest({
      payload: req.payload,
      req,
      input: { booking, recipientRole },
      waitUntil: await digestDueAt({ payload: req.payload, req, booking, recipientRole }),
    })
  }
}

/** Queues one digest job (in `req`'s transaction when given), to run at `waitUntil`. */
export const queueMessageDigest = ({
  payload,
  req,
  input,
  waitUntil,
}: {
  payload: Payload
  req?: PayloadRequest
  input: MessageDigestInput
  waitUntil: Date
}) =>
  payload.jobs.queue({
    task: SEND_MESSAGE_DIGEST_TASK,
    input: input as unknown as Record<string, unknown>,
    waitUntil,
    ...(req ? { req } : {}),
  } as unknown as Parameters<Payload['jobs']['queue']>[0])
