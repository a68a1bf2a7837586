/**
 * When a customer may upload a script, and whether it is the first one or a replacement. Pure: the
 * Scripts collection's `linkScriptToBooking` asks it with the booking's status. The agency's rule
 * (issue 13): the script may be replaced until the artist starts recording (`in_production`); after
 * that the artist works from what they have, and a change goes through the agency.
 */

import type { BookingStatus } from './bookingStatus'
import type { Sentence } from '@/errors/sentence'

export type ScriptUploadCheck =
  { ok: true; kind: 'first' | 'replacement' } | { ok: false; status: 409; reason: Sentence }

/** The statuses in which a new script replaces the current one. */
export const scriptReplaceableStatuses: readonly BookingStatus[] = ['script_received']

/**
 * `pending_script` → the first script; `script_received` → a replacement; a cancelled booking or one
 * whose production has started → 409 with the sentence to show. Input: the booking's status.
 */
export const checkScriptUpload = (status: BookingStatus): ScriptUploadCheck => {
  if (status === 'pending_script') return { ok: true, kind: 'first' }
  if (scriptReplaceableStatuses.includes(status)) return { ok: true, kind: 'replacement' }
  if (status === 'cancelled') {
    return { ok: false, status: 409, reason: { key: 'script.bookingCancelled' } }
  }
  return {
    ok: false,
    status: 409,
    reason: {
      key: 'script.alreadyHasScript',
      values: { status: { key: `status.${status}` } },
    },
  }
}

/** True when the customer may still replace the script of a booking in `status` (page buttons). */
export const canReplaceScript = (status: BookingStatus): boolean =>
  scriptReplaceableStatuses.includes(status)
