import type { CollectionBeforeOperationHook } from 'payload'
import { fileTypeFromFile } from 'file-type'
import { APIError } from 'payload'

import { sniffScriptFile } from './sniffDocument'

/** Runs the script-specific content checks on the uploaded temp file before Payload stores it. */
export const refuseUnsafeScript: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as (typeof req.file & { tempFilePath?: string }) | undefined
  if (!file) return args
  if (!file.tempFilePath) {
    throw new APIError('Scripts must be uploaded through POST /api/scripts.', 400, undefined, true)
  }
  const problem = await sniffScriptFile(file.tempFilePath)
  if (problem) throw new APIError(problem, 415, undefined, true)
  // The stored type comes from the bytes, never from what the client claimed.
  const detected = await fileTypeFromFile(file.tempFilePath)
  req.file!.mimetype =
    detected?.mime === 'application/x-cfb' ? 'application/msword' : (detected?.mime ?? 'text/plain')
  return args
}
