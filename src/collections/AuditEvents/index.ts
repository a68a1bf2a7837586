import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { auditActions } from '@/audit/actions'
import { bookingStatuses } from '@/domain/bookingStatus'
import { JSON_VIEW } from '@/fields/jsonView'
import { slugs } from '@/slugs'

import { readOwnBookingEvents } from './access'
import { appendOnly } from './hooks/appendOnly'
import { hidePriceFromArtists } from './hooks/hidePriceFromArtists'
import { adminFieldOnly } from '@/access/adminFieldOnly'

const statusOptions = bookingStatuses.map((s) => ({ label: s, value: s }))

/** The append-only audit trail. Written only by `recordAudit` inside the change's own transaction. */
export const AuditEvents: CollectionConfig = {
  slug: slugs.auditEvents,
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'booking', 'actor', 'fromStatus', 'toStatus'],
    description: 'Append-only record of everything that happened to bookings.',
  },
  access: {
    read: readOwnBookingEvents,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  hooks: {
    beforeOperation: [appendOnly],
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((a) => ({ label: a, value: a })),
    },
    { name: 'booking', type: 'relationship', relationTo: slugs.bookings, index: true },
    {
      name: 'actorType',
      type: 'select',
      required: true,
      options: ['user', 'system'],
      defaultValue: 'user',
    },
    { name: 'actor', type: 'relationship', relationTo: slugs.users },
    {
      // Whose request led to the event — also for the automatic steps it set off (a script upload
      // moving the status), which have no `actor`; null for scheduled jobs. The unseen-changes badge
      // leaves out what a person caused themselves (`unseenActivity`).
      name: 'causedBy',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: { read: adminFieldOnly },
      admin: { readOnly: true },
    },
    { name: 'fromStatus', type: 'select', options: statusOptions },
    { name: 'toStatus', type: 'select', options: statusOptions },
    {
      name: 'details',
      type: 'json',
      hooks: { afterRead: [hidePriceFromArtists] },
      admin: { components: { Field: JSON_VIEW } },
    },
    // Personal data of whoever acted: the agency's, not the other party's (ASVS 8.2 / GDPR art. 5(1)(c)).
    { name: 'ip', type: 'text', access: { read: adminFieldOnly } },
    {
      // Events that happen once per key (a download per person, file and day); unique in the database.
      name: 'onceKey',
      type: 'text',
      unique: true,
      access: { read: adminFieldOnly },
      admin: { hidden: true },
    },
    // Denormalised from the booking so read access is a simple indexed filter.
    {
      name: 'customer',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'artist',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      admin: { readOnly: true },
    },
  ],
}
