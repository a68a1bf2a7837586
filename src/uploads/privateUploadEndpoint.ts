import type { CollectionSlug as PayloadCollectionSlug, Endpoint } from 'payload'

import { env } from '@/env'

import { parseMultipartUpload } from './parseMultipartUpload'

/**
 * POST /api/<collection> for private uploads: streams the file to disk with the collection's own size
 * limit (413 as soon as it is exceeded), accepts plain form fields next to `_payload`, then runs
 * Payload's normal create with the caller's access.
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
      return Response.json({ doc, message: 'Uploaded.' }, { status: 201 })
    } finally {
      await cleanup()
    }
  },
})
