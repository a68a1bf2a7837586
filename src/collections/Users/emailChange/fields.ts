import type { Field } from 'payload'

import { nobodyField } from '@/access/nobodyField'

/**
 * The pending email-address change of an account (one at a time; a new request replaces it):
 * the new address, the request's id (ties the queued emails to it), the SHA-256 of the link's token
 * (never readable over any API) and when the link stops working. Written only by the server
 * (`POST /api/users/email-change`, the sending task, the confirmation); the person sees the pending
 * address and its expiry on their settings page.
 */
export const emailChangeField: Field = {
  name: 'emailChange',
  type: 'group',
  admin: { position: 'sidebar', readOnly: true },
  access: { create: nobodyField, update: nobodyField },
  fields: [
    { name: 'newEmail', type: 'text', maxLength: 254 },
    { name: 'expiresAt', type: 'date' },
    {
      name: 'requestId',
      type: 'text',
      access: { read: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'tokenHash',
      type: 'text',
      index: true,
      access: { read: nobodyField },
      admin: { hidden: true },
    },
  ],
}

/** The stored shape of `emailChange` (the generated `User` type hides the read-protected parts). */
export type PendingEmailChange = {
  newEmail?: string | null
  expiresAt?: string | null
  requestId?: string | null
  tokenHash?: string | null
}

/** No pending change: what a confirmation, or a new account, leaves. */
export const NO_EMAIL_CHANGE: PendingEmailChange = {
  newEmail: null,
  expiresAt: null,
  requestId: null,
  tokenHash: null,
}
