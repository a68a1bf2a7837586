import type { Access } from 'payload'

import { imageMimeTypes } from '@/uploads/mimeTypes'

import { checkRole } from './checkRole'

/**
 * Media documents are public (`true`). Their files through Payload's file route
 * (`/api/media/file/…`, `isReadingStaticFile`): everything for admins (`true`); for everyone else
 * a `Where` for photos only — the original demo recordings stay with the agency, and the public
 * site plays their compressed previews from `/media/` instead.
 * Only covers the local disk store: on S3 or Vercel Blob public files are linked at the store's
 * URL, originals included.
 */
export const readMedia: Access = ({ req, isReadingStaticFile }) => {
  if (!isReadingStaticFile || checkRole(['admin'], req.user)) return true
  return { mimeType: { in: [...imageMimeTypes] } }
}
