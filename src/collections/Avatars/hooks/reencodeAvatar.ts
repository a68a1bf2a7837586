import fsp from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import {
  AVATAR_MAX_INPUT_PIXELS,
  AVATAR_SIZE,
  AVATAR_STORED_TYPE,
  isAcceptedAvatarType,
} from '@/domain/avatar'
import type { Sentence } from '@/errors/sentence'
import { UserError } from '@/errors/UserError'

const NOT_AN_IMAGE: Sentence = { key: 'avatar.notAnImage' }

/**
 * Judges an avatar upload by its bytes and stores a clean copy: the type is detected from the
 * content (file-type) and must be JPEG, PNG or WebP (415 with a sentence otherwise, whatever the
 * name or claimed type); the picture is then decoded and re-encoded by sharp as a
 * `AVATAR_SIZE`×`AVATAR_SIZE` WebP (turned upright from its EXIF orientation, cropped to the
 * centre). Only pixels survive: EXIF (GPS position, camera serial), XMP, ICC comments and anything
 * appended to the file (a polyglot's second format) are gone. An image sharp cannot decode, or one
 * larger than `AVATAR_MAX_INPUT_PIXELS`, is refused with 415. Replaces `req.file` (bytes, size,
 * type, name `avatar.webp`) before Payload stores it; runs on every create path (REST, admin panel).
 */
export const reencodeAvatar: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as (typeof req.file & { tempFilePath?: string }) | undefined
  if (!file) return args
  const input =
    file.tempFilePath && (!file.data || file.data.length === 0)
      ? await fsp.readFile(file.tempFilePath)
      : file.data
  const detected = await fileTypeFromBuffer(input)
  if (!isAcceptedAvatarType(detected?.mime)) throw new UserError(NOT_AN_IMAGE, 415)
  let output: Buffer
  try {
    output = await sharp(input, { limitInputPixels: AVATAR_MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer()
  } catch {
    throw new UserError({ key: 'avatar.unreadable' }, 415)
  }
  if (file.tempFilePath) await fsp.writeFile(file.tempFilePath, output)
  file.data = output
  file.size = output.length
  file.mimetype = AVATAR_STORED_TYPE
  file.name = 'avatar.webp'
  return args
}
