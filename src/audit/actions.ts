/** Every kind of event the audit trail records. Typed so a typo can't invent a new one. */
export const auditActions = [
  'booking.created',
  'booking.status_changed',
  'booking.updated',
  'script.uploaded',
  'script.replaced',
  'script.downloaded',
  'deliverable.uploaded',
  'deliverable.downloaded',
  'deliverable.decided',
  'invoice.issued',
  'invoice.downloaded',
  'credit_note.issued',
  'invoice.corrected',
  'message.posted',
  'account.erased',
  'account.email_changed',
  'files.purged',
  'booking.word_count_confirmed',
  'deliverable.published',
  'deliverable.released',
] as const
export type AuditAction = (typeof auditActions)[number]
