import type { CollectionBeforeOperationHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { checkRole } from '@/access/checkRole'

/** A delivered or issued file is never swapped afterwards (except by an admin): upload a new version instead. */
export const refuseFileReplacement: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (
    (operation === 'update' || operation === 'updateByID') &&
    req.file &&
    !checkRole(['admin'], req.user)
  ) {
    throw new UserError({ key: 'upload.noReplacement' }, 403)
  }
  return args
}
