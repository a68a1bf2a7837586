import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { nobody } from '@/access/nobody'
import { slugs } from '@/slugs'

/**
 * Gap-free sequences (invoice and credit-note numbers per year). Only changed by
 * `nextCounterValue` inside the transaction that uses the number; read-only for admins.
 */
export const Counters: CollectionConfig = {
  slug: slugs.counters,
  admin: { useAsTitle: 'key', hidden: ({ user }) => user?.role !== 'admin', group: 'System' },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
