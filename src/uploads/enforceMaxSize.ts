import type { CollectionBeforeOperationHook } from 'payload'

import { UserError } from '@/errors/UserError'

/**
 * Per-collection size limit. The global multipart limit (env MAX_UPLOAD_MB) already streams uploads to
 * temp files and aborts oversize requests with 413; this narrows it for collections that accept less.
 */
export const enforceMaxSize =
  (maxMb: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (
      (operation === 'create' || operation === 'update') &&
      req.file &&
      req.file.size > maxMb * 1024 * 1024
    ) {
      throw new UserError({ key: 'upload.tooLarge', values: { mb: maxMb } }, 413)
    }
    return args
  }
