import type { TaskConfig } from 'payload'

import { issueCreditNote, issueInvoice } from '@/invoices/issueInvoice'

export const ISSUE_INVOICE_TASK = 'issueInvoice'
export const ISSUE_CREDIT_NOTE_TASK = 'issueCreditNote'

const bookingInput = [{ name: 'booking', type: 'number' as const, required: true }]

/**
 * Queued (with the request's `req`) by the transition to `completed`, so it exists only if the
 * completion committed. Idempotent: a retry or a second run finds the invoice already issued.
 */
export const issueInvoiceTask: TaskConfig<{
  input: { booking: number }
  output: { invoice: number; number: string }
}> = {
  slug: ISSUE_INVOICE_TASK,
  label: 'Issue a completed booking’s invoice',
  inputSchema: bookingInput,
  outputSchema: [
    { name: 'invoice', type: 'number', required: true },
    { name: 'number', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const { invoice } = await issueInvoice({ req, bookingId: input.booking, trigger: 'completion' })
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
