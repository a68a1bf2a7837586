import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Prefixes every stored filename with a random id, so names can't be guessed, never collide, and
 * public files can be cached as immutable.
 */
export const randomizeFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) {
    const base = req.file.name
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/-+/g, '-')
      .slice(-80)
    req.file.name = `${crypto.randomBytes(8).toString('hex')}-${base}`
  }
  return args
}
