import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import type { Deliverable } from '@/payload-types'

import { decisionKey } from './applyDecision'

/** Audits the customer's (or the system's) decision in the same transaction. */
export const recordDecision: CollectionAfterChangeHook<Deliverable> = async ({
  doc,
  operation,
  req,
}) => {
  const key = decisionKey(doc.id)
  if (operation !== 'update' || !req.context[key]) return doc
  delete req.context[key]
  await recordAudit({
    req,
    action: 'deliverable.decided',
    booking: { id: doc.booking as number, customer: doc.customer, artist: doc.artist },
    system: Boolean(doc.autoApproved),
    details: {
      deliverable: doc.id,
      version: doc.version,
      decision: doc.decision,
      notes: doc.decisionNotes,
      billableRevision: doc.billableRevision,
    },
  })
  return doc
}
