import type { PayloadRequest } from 'payload'

import type { AuditAction } from '@/audit/actions'
import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { currentRequestContext } from '@/http/requestContext'
import type { CollectionSlug } from '@/slugs'

type UploadHandler = (
  req: PayloadRequest,
  args: { doc: unknown; params: { collection: string; filename: string } },
) => Promise<void>

type BookingFile = {
  id: number
  booking?: unknown
  customer?: unknown
  artist?: unknown
  filename?: string | null
}

/**
 * A file-route handler that runs after Payload's access check and before the file is streamed, and
 * records who downloaded which private file. Range requests that continue a download (seeking in the
 * audio player) are not recorded again. Returns nothing so the storage handler serves the file.
 */
export const auditDownload =
  ({ collection, action }: { collection: CollectionSlug; action: AuditAction }): UploadHandler =>
  async (req, { doc, params }) => {
    // A HEAD reads no bytes. `fileRouteGuard` ran first, so any Range here is canonical.
    if (currentRequestContext()?.clientMethod === 'HEAD') return
    const range = req.headers.get('range')
    if (range && !/^bytes=0-/.test(range)) return
    // The file route hands over the document its access query found; for admins (access `true`) it
    // hands none, so look it up — a system lookup, since the file route already granted access.
    const file =
      (doc as BookingFile | undefined) ??
      ((
        await req.payload.find({
          collection: collection as 'scripts',
          where: { filename: { equals: params.filename } },
          depth: 0,
          limit: 1,
          req,
          overrideAccess: true,
        })
      ).docs[0] as BookingFile | undefined)
    if (!file?.booking) return
    await recordAudit({
      req,
      action,
      booking: {
        id: relationId(file.booking) as number,
        customer: file.customer,
        artist: file.artist,
      },
      details: { file: file.id, filename: file.filename, collection },
    })
  }
