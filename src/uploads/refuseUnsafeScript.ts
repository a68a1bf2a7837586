import type { CollectionBeforeOperationHook } from 'payload'
import { fileTypeFromFile } from 'file-type'

import { UserError } from '@/errors/UserError'
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
    throw new UserError('Scripts must be uploaded through POST /api/scripts.', 400)
  }
  const problem = await sniffScriptFile(file.tempFilePath)
  if (problem) throw new UserError(problem, 415)
  // The stored type comes from the bytes, never from what the client claimed.
  const detected = await fileTypeFromFile(file.tempFilePath)
  req.file!.mimetype =
    detected?.mime === 'application/x-cfb' ? 'application/msword' : (detected?.mime ?? 'text/plain')
  return args
}
