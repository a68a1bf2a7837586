import type { PayloadRequest } from 'payload'

import type { AuditAction } from '@/audit/actions'
import { recordAuditOnce } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { downloadOnceKey } from '@/domain/downloadAudit'
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
 * records who downloaded which private file — once per person, file and Amsterdam day, for every
 * GET that gets bytes, whatever its Range says (`fileRouteGuard` ran first and already answered the
 * ranges that serve nothing: 416, missing file). A player seeking through a recording, or a
 * download split into ranges, adds no rows; `bytes=1-` is no way around the trail. HEAD is not a
 * download. Returns nothing so the storage handler serves the file.
 */
export const auditDownload =
  ({ collection, action }: { collection: CollectionSlug; action: AuditAction }): UploadHandler =>
  async (req, { doc, params }) => {
    // A HEAD reads no bytes. `fileRouteGuard` ran first, so any Range here is canonical.
    if (currentRequestContext()?.clientMethod === 'HEAD') return
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
    await recordAuditOnce({
      req,
      action,
      onceKey: downloadOnceKey({
        collection,
        fileId: file.id,
        userId: req.user?.id ?? null,
        at: new Date(),
      }),
      booking: {
        id: relationId(file.booking) as number,
        customer: file.customer,
        artist: file.artist,
      },
      details: { file: file.id, filename: file.filename, collection },
    })
  }
