import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { nobody } from '@/access/nobody'
import { slugs } from '@/slugs'

/**
 * One row per email the queue has sent (or is sending), keyed by the event and the recipient. The
 * sending task claims the key before it talks to SMTP, so a job that runs twice — a retry, two
 * workers — sends once. Written only by the task; admins can read it.
 */
export const EmailDeliveries: CollectionConfig = {
  slug: slugs.emailDeliveries,
  labels: { singular: 'Email delivery', plural: 'Email deliveries' },
  admin: {
    useAsTitle: 'subject',
    group: 'System',
    defaultColumns: ['subject', 'to', 'kind', 'status', 'sentAt'],
    hidden: ({ user }) => user?.role !== 'admin',
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sending',
      options: [
        { label: 'Sending', value: 'sending' },
        { label: 'Sent', value: 'sent' },
      ],
      index: true,
    },
    { name: 'kind', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text' },
    { name: 'booking', type: 'relationship', relationTo: slugs.bookings, index: true },
    { name: 'recipient', type: 'relationship', relationTo: slugs.users },
    { name: 'sentAt', type: 'date' },
    { name: 'messageId', type: 'text' },
  ],
}
