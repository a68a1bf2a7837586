import type { TaskConfig } from 'payload'

import type { EmailChangeEmailInput } from '@/collections/Users/emailChange/queueEmailChangeEmails'
import { SEND_EMAIL_CHANGE_TASK } from '@/collections/Users/emailChange/queueEmailChangeEmails'
import { sendEmailChangeEmail } from '@/collections/Users/emailChange/sendEmailChangeEmail'

/**
 * Sends one email of an email-address change (the link to the new address, or the notice to the
 * old one). Retried with backoff like the booking emails; idempotent through the email-deliveries
 * claim.
 */
export const sendEmailChangeEmailTask: TaskConfig<{
  input: EmailChangeEmailInput
  output: { outcome: string }
}> = {
  slug: SEND_EMAIL_CHANGE_TASK,
  label: 'Send an email-change email',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'user', type: 'number', required: true },
    { name: 'requestId', type: 'text', required: true },
    { name: 'to', type: 'text' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({
    output: { outcome: await sendEmailChangeEmail({ payload: req.payload, input }) },
  }),
}
