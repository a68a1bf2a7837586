import type { UploadConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { sentenceFor } from '@/errors/sentenceFor'
import { slugs } from '@/slugs'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * A Media file-route handler (after fileRouteGuard, which already answered 404 for a file that is
 * not there): the original of an uploaded demo is the agency's, so Payload's file route serves
 * audio to admins only and answers 403 to everyone else; photos stay public. The public site plays
 * the compressed preview from `/media/` instead. Only for the local disk store: on S3 or Vercel Blob
 * public files are linked at the store's URL, originals included (README, Cloud storage).
 */
const refuse = async (
  req: Parameters<FileHandler>[0],
  { params }: { params: { filename: string } },
): Promise<Response | undefined> => {
  if (checkRole(['admin'], req.user)) return
  // System read: which kind of file this name is decides who may fetch it.
  const { docs } = await req.payload.find({
    collection: slugs.media,
    where: { filename: { equals: params.filename } },
    select: { mimeType: true },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!docs[0]?.mimeType?.startsWith('audio/')) return
  return Response.json(
    { errors: [{ message: sentenceFor(req, { key: 'common.forbidden' }) }] },
    { status: 403 },
  )
}

// Payload's handler type says Promise<void>, yet it serves any Response a handler resolves to.
export const originalAudioForAdmins: FileHandler = (req, args) => refuse(req, args) as Promise<void>
