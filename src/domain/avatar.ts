/**
 * Profile pictures (avatars): what is accepted and what is stored. Avatars are personal data, kept
 * in the private store with the other confidential documents (issue 12, "Account"). Pure.
 */

/** The most a person may upload, in MB (413 above it). The stored picture is far smaller. */
export const AVATAR_MAX_MB = 5

/** The types accepted, as detected from the bytes (never the name or the client's claim). */
export const AVATAR_INPUT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const

/** Side of the stored square picture, in pixels. */
export const AVATAR_SIZE = 256

/**
 * Largest decoded input, in pixels (width × height), before sharp refuses to decode: a 5 MB PNG can
 * declare a gigapixel canvas ("decompression bomb"). 40 megapixels covers every phone camera.
 */
export const AVATAR_MAX_INPUT_PIXELS = 40_000_000

/** The stored type: every avatar is re-encoded to WebP, which drops EXIF/XMP and anything appended. */
export const AVATAR_STORED_TYPE = 'image/webp'

/** True when `mime` (from file-type) is one the avatar upload accepts. */
export const isAcceptedAvatarType = (mime: string | undefined): boolean =>
  mime !== undefined && (AVATAR_INPUT_TYPES as readonly string[]).includes(mime)
