import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { ISSUE_CREDIT_NOTE_TASK, ISSUE_INVOICE_TASK } from '@/jobs/tasks/issueInvoice'
import type { Booking } from '@/payload-types'

import type { TransitionRecord } from './applyStatusChange'
import { transitionKey } from './applyStatusChange'

/** Audits creation and every status change, in the same transaction as the write. */
export const recordBookingChange: CollectionAfterChangeHook<Booking> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    await recordAudit({
      req,
      action: 'booking.created',
      booking: doc,
      toStatus: doc.status,
      details: {
        quotedPrice: doc.quotedPrice,
        projectType: doc.projectType,
        rushOrder: doc.rushOrder,
      },
    })
    return doc
  }
  const key = transitionKey(doc.id)
  const transition = req.context[key] as TransitionRecord | undefined
  if (transition) {
    delete req.context[key]
    await recordAudit({
      req,
      action: 'booking.status_changed',
      booking: doc,
      fromStatus: transition.from,
      toStatus: transition.to,
      system: transition.system,
      details: transition.to === 'cancelled' ? { reason: doc.cancellationReason } : undefined,
    })
    // Invoicing follows through the jobs queue, queued in this transaction: if the transition rolls
    // back (say, it lost a race), no job exists.
    if (transition.to === 'completed') {
      await req.payload.jobs.queue({ task: ISSUE_INVOICE_TASK, input: { booking: doc.id }, req })
    }
    if (transition.from === 'completed' && transition.to === 'cancelled') {
      await req.payload.jobs.queue({
        task: ISSUE_CREDIT_NOTE_TASK,
        input: { booking: doc.id },
        req,
      })
    }
  }
  return doc
}
