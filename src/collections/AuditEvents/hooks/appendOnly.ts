import type { CollectionBeforeOperationHook } from 'payload'

import { UserError } from '@/errors/UserError'

/**
 * The audit trail is append-only for every caller, including system code using the Local API with
 * access overridden: updating or deleting an entry is refused outright.
 */
export const appendOnly: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (
    operation === 'update' ||
    operation === 'updateByID' ||
    operation === 'delete' ||
    operation === 'deleteByID'
  ) {
    throw new UserError({ key: 'audit.appendOnly' }, 403)
  }
  return args
}
