import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { nobody } from '@/access/nobody'
import { messageAuthorRoles } from '@/domain/messages'
import { slugs } from '@/slugs'

/**
 * One row per digest email about a booking's messages to one of its parties: which messages it
 * lists. The row is claimed (its unique `key`, `<booking>:<recipientRole>:<n>` for the n-th digest
 * to that party) before the email is sent, so two workers never build two digests from the same
 * messages, and a message listed in one digest is never listed in another. Written only by the
 * digest task; admins can read it.
 */
export const MessageDigests: CollectionConfig = {
  slug: slugs.messageDigests,
  labels: { singular: 'Message digest', plural: 'Message digests' },
  admin: {
    useAsTitle: 'key',
    group: 'System',
    defaultColumns: ['key', 'booking', 'recipientRole', 'createdAt'],
    hidden: ({ user }) => user?.role !== 'admin',
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      required: true,
      index: true,
    },
    {
      name: 'recipientRole',
      type: 'select',
      required: true,
      options: messageAuthorRoles.map((r) => ({ label: r, value: r })),
      index: true,
    },
    { name: 'sequence', type: 'number', required: true },
    { name: 'messages', type: 'relationship', relationTo: slugs.messages, hasMany: true },
  ],
}
