import type { TaskConfig } from 'payload'

import type { NotificationInput } from '@/notifications/queueNotifications'
import { SEND_NOTIFICATION_TASK } from '@/notifications/queueNotifications'
import { sendNotification } from '@/notifications/sendNotification'

/**
 * Sends one email. Retried with exponential backoff (1 min, 2, 4, … for about a day) while SMTP is
 * unreachable; idempotent through the email-deliveries claim, so a re-run never sends twice.
 */
export const sendNotificationTask: TaskConfig<{
  input: NotificationInput
  output: { outcome: string }
}> = {
  slug: SEND_NOTIFICATION_TASK,
  label: 'Send a notification email',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'booking', type: 'number', required: true },
    { name: 'eventKey', type: 'text', required: true },
    { name: 'extra', type: 'json' },
    { name: 'condition', type: 'json' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({
    output: { outcome: await sendNotification({ payload: req.payload, input }) },
  }),
}
