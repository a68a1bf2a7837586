import type { PayloadRequest } from 'payload'

import { slugs } from '@/slugs'

import type { BookingStatus } from '@/domain/bookingStatus'

import type { AuditAction } from './actions'
import { requestClientAddress } from '@/http/clientIp'

type BookingRef = { id: number | string; customer?: unknown; artist?: unknown }

const idOf = (value: unknown): number | string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

const clientIp = (req: PayloadRequest): string | null => requestClientAddress(req.headers)

/**
 * Appends one event to the audit trail, inside the caller's transaction (`req`), so the entry exists
 * if and only if the change it records is committed. The trail isn't writable through any API
 * (create access is `nobody`), so this system write bypasses access on purpose.
 */
export const recordAudit = async ({
  req,
  action,
  booking,
  fromStatus,
  toStatus,
  details,
  system = false,
}: {
  req: PayloadRequest
  action: AuditAction
  booking: BookingRef
  fromStatus?: BookingStatus | null
  toStatus?: BookingStatus | null
  details?: Record<string, unknown>
  /** True when no person acted (a hook reacting to an upload, a scheduled job). */
  system?: boolean
}): Promise<void> => {
  await req.payload.create({
    collection: slugs.auditEvents,
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      action,
      booking: idOf(booking.id) as number,
      customer: idOf(booking.customer) as number | null,
      artist: idOf(booking.artist) as number | null,
      actor: system || !req.user ? null : (req.user.id as number),
      actorType: system || !req.user ? 'system' : 'user',
      fromStatus: fromStatus ?? null,
      toStatus: toStatus ?? null,
      details: details ?? null,
      ip: clientIp(req),
    },
  })
}
