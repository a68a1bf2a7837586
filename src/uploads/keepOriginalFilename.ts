import type { CollectionBeforeOperationHook } from 'payload'

import { cleanOriginalFilename } from '@/domain/fileNames'

/**
 * Keeps the name the uploader gave the file in `originalFilename` (cleaned by
 * `cleanOriginalFilename`: NFC, no control characters or path, at most 200 code points). Runs before
 * the hooks that rename the file, and overwrites whatever the client sent for that field.
 */
export const keepOriginalFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && req.file?.name) {
    const data = (args as { data?: Record<string, unknown> }).data
    if (data) data.originalFilename = cleanOriginalFilename(req.file.name)
  }
  return args
}
