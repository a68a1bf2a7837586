import type { TaskConfig } from 'payload'

import { withTransaction } from '@/db/withTransaction'
import { issueCreditNote, issueInvoice } from '@/invoices/issueInvoice'
import { queueNotifications } from '@/notifications/queueNotifications'
import { slugs } from '@/slugs'

export const ISSUE_INVOICE_TASK = 'issueInvoice'
export const ISSUE_CREDIT_NOTE_TASK = 'issueCreditNote'

const bookingInput = [{ name: 'booking', type: 'number' as const, required: true }]

/**
 * Queued (with the request's `req`) by the transition to `completed`, so it exists only if the
 * completion committed. Idempotent: a retry or a second run finds the invoice already issued. Then
 * queues the customer's "completed" email, which links the invoice (keyed like the other completion
 * email, so a re-run doesn't send it twice).
 */
export const issueInvoiceTask: TaskConfig<{
  input: { booking: number; autoApproved?: boolean | null }
  output: { invoice: number; number: string }
}> = {
  slug: ISSUE_INVOICE_TASK,
  label: 'Issue a completed booking’s invoice',
  inputSchema: [...bookingInput, { name: 'autoApproved', type: 'checkbox' }],
  outputSchema: [
    { name: 'invoice', type: 'number', required: true },
    { name: 'number', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    // One transaction: the invoice and the email announcing it exist together or not at all.
    const invoice = await withTransaction(req, async () => {
      const issued = await issueInvoice({ req, bookingId: input.booking, trigger: 'completion' })
      // System read: the completion time names the email's event, as for the artist's email.
      const booking = await req.payload.findByID({
        collection: slugs.bookings,
        id: input.booking,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (booking.status === 'completed') {
        await queueNotifications({
          req,
          booking,
          event: 'completed',
          eventKey: `status:completed:${booking.statusChangedAt ?? ''}`,
          extra: { autoApproved: Boolean(input.autoApproved) },
          only: ['completed_customer'],
        })
      }
      return issued.invoice
    })
    return { output: { invoice: invoice.id, number: invoice.number } }
  },
}

/** Queued by the transition `completed → cancelled`: reverses the invoice with a credit note. */
export const issueCreditNoteTask: TaskConfig<{
  input: { booking: number }
  output: { invoice: number; number: string }
}> = {
  slug: ISSUE_CREDIT_NOTE_TASK,
  label: 'Issue a credit note for a cancelled booking',
  inputSchema: bookingInput,
  outputSchema: [
    { name: 'invoice', type: 'number', required: true },
    { name: 'number', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const { invoice } = await issueCreditNote({ req, bookingId: input.booking })
    return { output: { invoice: invoice.id, number: invoice.number } }
  },
}
