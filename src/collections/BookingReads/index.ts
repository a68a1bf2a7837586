import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { nobodyField } from '@/access/nobodyField'
import { ownRowsOnly } from '@/access/ownRowsOnly'
import { slugs } from '@/slugs'

import { setReader } from './hooks/setReader'

/**
 * Per person and booking, the newest audit event id the person has seen on the booking's page
 * (`markBookingSeen`). Changes by others after it make the booking "unseen" in the header's badge
 * and the bookings lists (`unseenActivity`). Internal: each person reads and writes only their own.
 */
export const BookingReads: CollectionConfig = {
  slug: slugs.bookingReads,
  admin: { hidden: true },
  access: {
    read: ownRowsOnly,
    create: authenticated,
    update: ownRowsOnly,
    delete: ownRowsOnly,
  },
  hooks: {
    beforeValidate: [setReader],
  },
  indexes: [{ fields: ['user', 'booking'], unique: true }],
  // `user` and `booking` are set on every row (`setReader`, the unique index) but not `required`:
  // their foreign keys are ON DELETE SET NULL, and a NOT NULL column would make deleting a person
  // or a booking fail.
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: { update: nobodyField },
    },
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      index: true,
      access: { update: nobodyField },
    },
    // An audit event id (`audit-events`), not a relationship: only compared, never joined.
    { name: 'seenEventId', type: 'number', required: true, min: 0, defaultValue: 0 },
  ],
}
