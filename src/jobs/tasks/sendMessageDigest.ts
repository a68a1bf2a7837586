import type { TaskConfig } from 'payload'

import type { MessageDigestInput } from '@/notifications/queueMessageDigests'
import { SEND_MESSAGE_DIGEST_TASK } from '@/notifications/queueMessageDigests'
import { sendMessageDigest } from '@/notifications/sendMessageDigest'

/**
 * Emails one party of a booking the messages they haven't had yet, at most once per 15 minutes
 * (see `sendMessageDigest`). Retried with exponential backoff while SMTP is unreachable; idempotent
 * through the digest rows and the email-deliveries claim, so a re-run never sends twice.
 */
export const sendMessageDigestTask: TaskConfig<{
  input: MessageDigestInput
  output: { outcome: string }
}> = {
  slug: SEND_MESSAGE_DIGEST_TASK,
  label: 'Send a message digest email',
  inputSchema: [
    { name: 'booking', type: 'number', required: true },
    { name: 'recipientRole', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({
    output: { outcome: await sendMessageDigest({ payload: req.payload, input }) },
  }),
}
