import type { PayloadRequest } from 'payload'

/** The jobs-queue task that sends the two emails of an email change. */
export const SEND_EMAIL_CHANGE_TASK = 'sendEmailChangeEmail'

/**
 * One email of a pending change: `confirm` (the link, to the new address) or `notice` (to the old
 * address `to`). No token in here: the task makes the link's token when it sends, so the job table
 * never holds a working link.
 */
export type EmailChangeEmailInput = {
  kind: 'confirm' | 'notice'
  user: number
  requestId: string
  to?: string | null
}

/**
 * Queues both emails of the change `requestId` of `user` in `req`'s transaction (no change stored,
 * no email sent). Input: the request, the account's id, the request id and its current address.
 */
export const queueEmailChangeEmails = async ({
  req,
  user,
  requestId,
  oldEmail,
}: {
  req: PayloadRequest
  user: number
  requestId: string
  oldEmail: string
}): Promise<void> => {
  const inputs: EmailChangeEmailInput[] = [
    { kind: 'confirm', user, requestId },
    { kind: 'notice', user, requestId, to: oldEmail },
  ]
  for (const input of inputs) {
    await req.payload.jobs.queue({
      task: SEND_EMAIL_CHANGE_TASK,
      input: input as unknown as Record<string, unknown>,
      req,
    } as unknown as Parameters<PayloadRequest['payload']['jobs']['queue']>[0])
  }
}
