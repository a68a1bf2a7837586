import type { CollectionSlug as PayloadCollectionSlug, Endpoint } from 'payload'

import { env } from '@/env'
import { sentenceFor } from '@/errors/sentenceFor'
import { UserError } from '@/errors/UserError'

import { parseMultipartUpload } from './parseMultipartUpload'

/**
 * POST /api/<collection> for private uploads: streams the file to disk with the collection's own size
 * limit (413 as soon as it is exceeded), accepts plain form fields next to `_payload`, then runs
 * Payload's normal create with the caller's access. The collection's `create` access is asked first,
 * before a byte of the body is read: someone who may not upload here gets 403 at once, not a verdict
 * on their file's content (and doesn't make the server store a gigabyte first).
 */
export const privateUploadEndpoint = ({
  collection,
  maxMb,
  fields,
}: {
  collection: PayloadCollectionSlug
  maxMb: number
  fields: readonly string[]
}): Endpoint => ({
  path: '/',
  method: 'post',
  handler: async (req) => {
    const mayCreate = req.payload.collections[collection]?.config.access.create
    if (mayCreate && !(await mayCreate({ req }))) {
      throw new UserError({ key: 'common.forbidden' }, 403)
    }
    const { file, data, cleanup } = await parseMultipartUpload({
      req,
      maxBytes: maxMb * 1024 * 1024,
      fields,
      tmpDir: env.uploadTmpDir,
    })
    try {
      const doc = await req.payload.create({
        collection,
        data,
        file,
        depth: 0,
        req,
        overrideAccess: false,
      })
      return Response.json(
        { doc, message: sentenceFor(req, { key: 'done.uploaded' }) },
        { status: 201 },
      )
    } finally {
      await cleanup()
    }
  },
})
