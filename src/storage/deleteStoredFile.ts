import fsp from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { CollectionSlug } from '@/slugs'

type StoredDoc = { id: number | string; filename?: string | null; [key: string]: unknown }

/**
 * Deletes the stored bytes of one upload document while its row stays (the retention purge keeps
 * the metadata). Payload removes files only as part of deleting the row, so this does what that
 * delete does: unlinks the file from the local directory when the collection stores locally, and
 * runs the collection's `afterDelete` hooks — on our private collections those are only the cloud
 * storage plugins' (S3, UploadThing), which delete the object and log (not throw) a failure.
 * A file that is already gone counts as deleted, so a retried purge finishes. Input: the request
 * (a system request is fine), the collection and the document as stored (depth 0). Throws on local
 * disk errors other than "not found".
 */
export const deleteStoredFile = async ({
  req,
  collection,
  doc,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  doc: StoredDoc
}): Promise<void> => {
  const config = req.payload.collections[collection].config
  const upload = config.upload
  if (
    doc.filename &&
    typeof upload === 'object' &&
    !upload.disableLocalStorage &&
    upload.staticDir
  ) {
    const dir = path.resolve(upload.staticDir)
    const file = path.resolve(dir, doc.filename)
    if (file.startsWith(dir + path.sep)) {
      await fsp.rm(file, { force: true })
    }
  }
  for (const hook of config.hooks.afterDelete ?? []) {
    await hook({ collection: config, context: req.context, doc, id: doc.id, req })
  }
}
