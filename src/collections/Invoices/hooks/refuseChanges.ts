import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'

/**
 * An issued invoice or credit note is a legal document: nothing changes it afterwards, not even a
 * system call with access bypassed. A mistake is corrected with a credit note.
 */
export const refuseChanges: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') {
    throw new UserError({ key: 'invoice.immutable' }, 403)
  }
  return data
}
