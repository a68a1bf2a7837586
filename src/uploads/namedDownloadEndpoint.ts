import type { Endpoint, PayloadRequest } from 'payload'

import { attachmentDisposition } from '@/domain/fileNames'
import type { CollectionSlug } from '@/slugs'

export type StoredFile = {
  filename?: string | null
  mimeType?: string | null
  [key: string]: unknown
}

/** Builds a download's human name from its document, or `null` to keep a bare `attachment`. */
export type HumanName = (args: { doc: StoredFile; req: PayloadRequest }) => Promise<string | null>

const FILE_ROUTE = '/file/:filename'

/**
 * `GET /api/<collection>/file/:filename` with a human file name: runs Payload's own file route
 * (access check, download handlers such as `auditDownload`, local or cloud storage, Range), then, on
 * success, sets `Content-Disposition: attachment; filename="…"; filename*=UTF-8''…` (RFC 6266/8187)
 * from `humanName`. Needed because Payload 3.90 calls `upload.modifyResponseHeaders` with the
 * headers only, never the document. `Content-Type` is the type stored at upload (text scripts with
 * their charset).
 * Registered as a collection endpoint, which Payload matches before its built-in routes.
 */
export const namedDownloadEndpoint = ({
  collection,
  humanName,
}: {
  collection: CollectionSlug
  humanName: HumanName
}): Endpoint => ({
  path: FILE_ROUTE,
  method: 'get',
  custom: { namedDownload: true },
  handler: async (req) => {
    const endpoints = req.payload.collections[collection].config.endpoints || []
    const builtIn = endpoints.find(
      (e) => e.path === FILE_ROUTE && e.method === 'get' && !e.custom?.namedDownload,
    )
    if (!builtIn) throw new Error(`No file route on ${collection}`)
    const response = await builtIn.handler(req)
    if (response.status !== 200 && response.status !== 206) return response

    // Access was checked by the file route above; this only reads the name's ingredients.
    const found = await req.payload.find({
      collection,
      where: { filename: { equals: req.routeParams?.filename as string } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const doc = found.docs[0] as unknown as StoredFile | undefined
    if (!doc) return response
    const name = await humanName({ doc, req })
    const headers = new Headers(response.headers)
    if (name) headers.set('Content-Disposition', attachmentDisposition(name))
    // The type judged at upload (with a text script's charset), not the storage's re-sniff of the
    // bytes, which calls an .m4a delivery "video/mp4".
    if (doc.mimeType) headers.set('Content-Type', doc.mimeType)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  },
})
