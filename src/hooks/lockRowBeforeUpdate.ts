import type { CollectionBeforeOperationHook } from 'payload'

import { lockRow } from '@/db/atomicIncrement'

/**
 * A `beforeOperation` hook that takes the document's row lock at the start of an update by id,
 * inside the operation's transaction and before Payload reads the stored document.
 * Why: Payload merges the stored document into the update's data and writes every column back. Two
 * updates of one document in separate transactions on PostgreSQL (READ COMMITTED) both read it
 * first, so the second to commit wrote back what the first had changed: the delivery check's report
 * (`qc`) was lost when the waveform job, run alongside it, saved the waveform (seen in CI: the
 * delivery stayed `pending`, hidden from the customer). With the lock the second update waits for
 * the first to commit and then reads what it wrote. The same reverted a booking's status: a save of
 * another field (an admin's, an invoice correction's) wrote back the status it had read while a
 * transition (compareAndSetStatus) moved it on. (SQLite runs one transaction at a time anyway.)
 * Input: the collection's table name (its slug). Bulk updates (by `where`) are left as they are.
 */
export const lockRowBeforeUpdate =
  (table: string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    // Payload names an update by id 'update' here too; only it carries an `id`.
    if (operation !== 'update' && operation !== 'updateByID') return args
    const id = (args as { id?: number | string }).id
    if (id !== undefined && id !== null) await lockRow({ req, table, id })
    return args
  }
