import type { CollectionBeforeOperationHook } from 'payload'

import { withExtension } from '@/domain/fileNames'
import { UserError } from '@/errors/UserError'

import { sniffScriptFile } from './sniffDocument'

/**
 * Decides what a script upload is from its bytes (`sniffScriptFile`), before Payload stores it:
 * refuses anything that is not a script with 415 and a sentence, and otherwise sets the stored MIME
 * type (with charset for text) and the file extension from the content — never from what the client
 * claimed. Payload's own type check is left with nothing to decide (the collection lists no
 * `mimeTypes`), but still refuses restricted executables by type and extension.
 */
export const refuseUnsafeScript: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as (typeof req.file & { tempFilePath?: string }) | undefined
  if (!file) return args
  if (!file.tempFilePath) {
    throw new UserError({ key: 'upload.scriptsThroughEndpoint' }, 400)
  }
  const format = await sniffScriptFile(file.tempFilePath)
  req.file!.mimetype = format.mimeType
  req.file!.name = withExtension(req.file!.name, format.ext)
  return args
}
