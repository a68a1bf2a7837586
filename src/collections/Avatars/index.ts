import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { authenticated } from '@/access/authenticated'
import { nobody } from '@/access/nobody'
import { ownAvatarOrAdmin } from '@/access/ownAvatarOrAdmin'
import { readAvatar } from '@/access/readAvatar'
import { AVATAR_MAX_MB, AVATAR_STORED_TYPE } from '@/domain/avatar'
import { env } from '@/env'
import { slugs } from '@/slugs'
import { enforceMaxSize } from '@/uploads/enforceMaxSize'
import { namedDownloadEndpoint } from '@/uploads/namedDownloadEndpoint'
import { privateUploadEndpoint } from '@/uploads/privateUploadEndpoint'
import { randomizeFilename } from '@/uploads/randomizeFilename'
import { privateFileHeaders } from '@/uploads/responseHeaders'

import { reencodeAvatar } from './hooks/reencodeAvatar'
import { replacePreviousAvatar } from './hooks/replacePreviousAvatar'
import { setAvatarOwner } from './hooks/setAvatarOwner'

/**
 * Profile pictures. Personal data, so they live in the private store (local private directory,
 * private S3 bucket or UploadThing — never under `public/`, never at a public URL) and are served
 * only through the access-checked file route (`GET /api/avatars/file/<name>`, see `readAvatar`):
 * to the person, staff, and the people they share a booking with. Uploaded with
 * `POST /api/avatars` (multipart, `file`), at most `AVATAR_MAX_MB` MB (413), judged by content and
 * re-encoded (`reencodeAvatar`, 415); a new avatar replaces the previous one. Deleted with the
 * account (`eraseAccount`).
 */
export const Avatars: CollectionConfig = {
  slug: slugs.avatars,
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'user', 'createdAt'],
  },
  access: {
    create: authenticated,
    read: readAvatar,
    update: nobody,
    delete: ownAvatarOrAdmin,
  },
  endpoints: [
    privateUploadEndpoint({ collection: slugs.avatars, maxMb: AVATAR_MAX_MB, fields: [] }),
    namedDownloadEndpoint({
      collection: slugs.avatars,
      humanName: async () => 'avatar.webp',
    }),
  ],
  hooks: {
    beforeOperation: [enforceMaxSize(AVATAR_MAX_MB), reencodeAvatar, randomizeFilename],
    beforeChange: [setAvatarOwner],
    afterChange: [replacePreviousAvatar],
  },
  upload: {
    staticDir: path.join(env.privateFilesDir, slugs.avatars),
    // What is stored is always the re-encoded WebP (the upload's own type is judged by reencodeAvatar).
    mimeTypes: [AVATAR_STORED_TYPE],
    modifyResponseHeaders: privateFileHeaders,
    disableLocalStorage: false,
    hideFileInputOnCreate: false,
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: { readOnly: true },
    },
  ],
}
