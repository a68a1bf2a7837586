/**
 * What counts as a change a person should see on an open booking page or in the header's badge.
 * Pure: no Payload import. Source: issue 13 ("pages update themselves … a header badge shows unread
 * messages and changes"): every change to a booking writes an audit event in its own transaction,
 * so the newest such event is the booking's version. Downloads are not changes; account events
 * (an email change, an erasure) are about a person, not a booking.
 */

import { auditActions, type AuditAction } from '@/audit/actions'

/** Whether an audit action changes what a booking's page shows (downloads and account events don't). */
export const isChangeAction = (action: string): boolean =>
  (auditActions as readonly string[]).includes(action) &&
  !action.endsWith('.downloaded') &&
  !action.startsWith('account.')

/** Every audit action that changes a booking's page, for `where: { action: { in } }` queries. */
export const changeActions: AuditAction[] = auditActions.filter(isChangeAction)

/** The action a message in a booking's thread writes; counted apart in the badge. */
export const MESSAGE_ACTION: AuditAction = 'message.posted'

/** A booking's version: its newest change event's id and how many change events it has. */
export type BookingVersion = { newestId: number; count: number }

/**
 * The entity tag of a booking's version (RFC 9110 §8.8.3), e.g. `"v42.7"`. The count is part of it
 * because on PostgreSQL an event with a lower id can commit after one with a higher id (ids are
 * handed out at insert, transactions commit in any order): the newest id alone would then not move.
 * Pure; never throws.
 */
export const versionEtag = ({ newestId, count }: BookingVersion): string =>
  `"v${newestId}.${count}"`

/**
 * The version an `If-None-Match` header names, or null when it names none of ours (absent, `*`,
 * a list, a weak tag from a proxy that changed the body — all treated as "send the version").
 */
export const parseVersionEtag = (header: string | null | undefined): BookingVersion | null => {
  const match = /^\s*(?:W\/)?"v(\d+)\.(\d+)"\s*$/.exec(header ?? '')
  return match ? { newestId: Number(match[1]), count: Number(match[2]) } : null
}

/** What the page says changed, one key of the `live.changed` catalogue. */
export type ChangeKind =
  'invoice' | 'creditNote' | 'delivered' | 'message' | 'decided' | 'script' | 'status' | 'updated'

/** Most telling first: a delivery also moves the status, an approval also issues the invoice. */
const priority: [AuditAction, ChangeKind][] = [
  ['invoice.issued', 'invoice'],
  ['credit_note.issued', 'creditNote'],
  ['deliverable.uploaded', 'delivered'],
  ['deliverable.published', 'delivered'],
  ['deliverable.released', 'delivered'],
  ['message.posted', 'message'],
  ['deliverable.decided', 'decided'],
  ['script.uploaded', 'script'],
  ['booking.status_changed', 'status'],
]

/**
 * The one sentence to announce for a batch of changes seen together (one poll may see several):
 * input the actions of the new events in any order; output the most telling kind, `updated` when
 * none is known (or the list is empty). Pure.
 */
export const changeKindOf = (actions: readonly string[]): ChangeKind =>
  priority.find(([action]) => actions.includes(action))?.[1] ?? 'updated'
