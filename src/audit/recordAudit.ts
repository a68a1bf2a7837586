import type { PayloadRequest } from 'payload'

import { slugs } from '@/slugs'

import type { BookingStatus } from '@/domain/bookingStatus'

import type { AuditAction } from './actions'
import { requestClientAddress } from '@/http/clientIp'

/**
 * The booking the event is about, or — for an account event with no booking (an email change) —
 * no `id` and only the person it concerns as `customer` or `artist`, so they can read it.
 */
type BookingRef = { id?: number | string | null; customer?: unknown; artist?: unknown }

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
  onceKey,
}: {
  req: PayloadRequest
  action: AuditAction
  booking: BookingRef
  fromStatus?: BookingStatus | null
  toStatus?: BookingStatus | null
  details?: Record<string, unknown>
  /** True when no person acted (a hook reacting to an upload, a scheduled job). */
  system?: boolean
  /** Makes the event unique: a second event with the same key is not written (see recordAuditOnce). */
  onceKey?: string
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
      causedBy: req.user ? (req.user.id as number) : null,
      fromStatus: fromStatus ?? null,
      toStatus: toStatus ?? null,
      details: details ?? null,
      ip: clientIp(req),
      onceKey: onceKey ?? null,
    },
  })
}

const isUniqueViolationOf = (error: unknown, field: string): boolean => {
  const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
  return Array.isArray(errors) && errors.some((e) => e.path === field)
}

/**
 * `recordAudit` at most once per `onceKey` (a unique column): returns true when this call wrote the
 * event, false when one with the key exists — also when a concurrent request wrote it first (the
 * unique index decides). Call it outside a transaction that must survive (a unique violation aborts
 * a PostgreSQL transaction): the file routes that use it run none.
 */
export const recordAuditOnce = async (
  input: Parameters<typeof recordAudit>[0] & { onceKey: string },
): Promise<boolean> => {
  const { req, onceKey } = input
  // System read of the trail (nobody reads it through the API but its parties and admins).
  const existing = await req.payload.count({
    collection: slugs.auditEvents,
    where: { onceKey: { equals: onceKey } },
    req,
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return false
  try {
    await recordAudit(input)
    return true
  } catch (error) {
    if (isUniqueViolationOf(error, 'onceKey')) return false
    throw error
  }
}
