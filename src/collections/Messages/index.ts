import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { bookingPartyOrAdmin } from '@/access/bookingPartyOrAdmin'
import { nobody } from '@/access/nobody'
import { nobodyField } from '@/access/nobodyField'
import { postToOwnBooking } from '@/access/postToOwnBooking'
import { messageAuthorRoles } from '@/domain/messages'
import { slugs } from '@/slugs'

import { announceMessage } from './hooks/announceMessage'
import { prepareMessage } from './hooks/prepareMessage'

const serverOnly = { create: nobodyField, update: nobodyField }

/**
 * The conversation on a booking between its customer, its artist and the agency's staff. REST:
 * `POST /api/messages` with `{ booking, body }`; everything else (author, role, parties) is set by
 * the server. Messages are a record: nobody edits one (a digest email may already have quoted
 * it); admins may delete one (e.g. personal data posted by mistake).
 */
export const Messages: CollectionConfig = {
  slug: slugs.messages,
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['booking', 'author', 'authorRole', 'body', 'createdAt'],
  },
  access: {
    create: postToOwnBooking,
    read: bookingPartyOrAdmin,
    update: nobody,
    delete: adminOnly,
  },
  defaultSort: 'createdAt',
  hooks: {
    beforeChange: [prepareMessage],
    afterChange: [announceMessage],
  },
  fields: [
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      required: true,
      index: true,
    },
    // Trimmed and limited to 1–5000 characters by prepareMessage (with a sentence a person can act on).
    { name: 'body', type: 'textarea', required: true },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugs.users,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'authorRole',
      type: 'select',
      options: messageAuthorRoles.map((r) => ({ label: r, value: r })),
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'artist',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true, hidden: true },
    },
  ],
}
