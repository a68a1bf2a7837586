import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

import { storedNameBase } from '@/domain/fileNames'

/**
 * Prefixes every stored filename with a random id, so names can't be guessed, never collide, and
 * public files can be cached as immutable. The rest of the name is the uploader's, transliterated to
 * ASCII (`Skrypt_Łódź_reklama.pdf` → `…-Skrypt_Lodz_reklama.pdf`): storage keys and URLs stay
 * ASCII-safe while the name stays readable. The untouched name is kept by `keepOriginalFilename`.
 */
export const randomizeFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) {
    req.file.name = `${crypto.randomBytes(8).toString('hex')}-${storedNameBase(req.file.name)}`
  }
  return args
}
