import type { PayloadHandler, PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { slugs } from '@/slugs'

type UploadHandler = (
  req: PayloadRequest,
  args: { doc: unknown; params: { collection: string; filename: string } },
) => ReturnType<PayloadHandler> | Promise<void> | void

/**
 * Runs on the file route after Payload's access check and before the file is streamed: records who
 * downloaded which script. Returns nothing so the storage handler serves the file.
 */
export const auditScriptDownload: UploadHandler = async (req, { params }) => {
  // System lookup by filename: access was already checked by Payload's file route.
  const found = await req.payload.find({
    collection: slugs.scripts,
    where: { filename: { equals: params.filename } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const script = found.docs[0]
  if (!script) return
  await recordAudit({
    req,
    action: 'script.downloaded',
    booking: { id: script.booking as number, customer: script.customer, artist: script.artist },
    details: { script: script.id, filename: script.filename },
  })
}
