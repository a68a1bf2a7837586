import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { artistOrAdminField } from '@/access/artistOrAdminField'
import { bookingPartyOrAdmin } from '@/access/bookingPartyOrAdmin'
import { commentOnOwnDelivery } from '@/access/commentOnOwnDelivery'
import { nobodyField } from '@/access/nobodyField'
import { resolveOwnPickups } from '@/access/resolveOwnPickups'
import { slugs } from '@/slugs'

import { prepareReviewComment } from './hooks/prepareReviewComment'
import { resolvePickup } from './hooks/resolvePickup'

const serverOnly = { create: nobodyField, update: nobodyField }

/**
 * Time-coded comments on a delivered version: the customer clicks a moment (or drags a region) on
 * the waveform and says what to change. A revision request gathers the open ones into a numbered
 * pickup list (`gatherPickups`); the artist marks each resolved in the next version. REST:
 * `POST /api/review-comments` with `{ deliverable, startSeconds, endSeconds?, body }` (the booking's
 * customer or an admin, while the booking is in review); `PATCH /api/review-comments/:id` with
 * `{ resolved }` (the booking's artist or an admin). Read by the booking's parties and admins only.
 */
export const ReviewComments: CollectionConfig = {
  slug: slugs.reviewComments,
  labels: {
    singular: { en: 'Review comment', nl: 'Reviewopmerking' },
    plural: { en: 'Review comments', nl: 'Reviewopmerkingen' },
  },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['booking', 'version', 'startSeconds', 'body', 'resolved', 'createdAt'],
  },
  access: {
    create: commentOnOwnDelivery,
    read: bookingPartyOrAdmin,
    update: resolveOwnPickups,
    delete: adminOnly,
  },
  defaultSort: 'startSeconds',
  hooks: {
    beforeChange: [prepareReviewComment, resolvePickup],
  },
  fields: [
    {
      name: 'deliverable',
      type: 'relationship',
      label: { en: 'Version', nl: 'Versie' },
      relationTo: slugs.deliverables,
      required: true,
      index: true,
      access: { update: nobodyField },
    },
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      index: true,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'version',
      type: 'number',
      access: serverOnly,
      label: { en: 'Version number', nl: 'Versienummer' },
      admin: {
        readOnly: true,
        description: {
          en: 'The version the comment was made on.',
          nl: 'De versie waarop de opmerking is gemaakt.',
        },
      },
    },
    // Checked against the version's duration by prepareReviewComment (a sentence for each problem).
    {
      name: 'startSeconds',
      type: 'number',
      required: true,
      access: { update: adminFieldOnly },
      label: { en: 'Start (s)', nl: 'Begin (s)' },
      admin: {
        description: {
          en: 'Seconds from the start of the version.',
          nl: 'Seconden vanaf het begin van de versie.',
        },
      },
    },
    {
      name: 'endSeconds',
      type: 'number',
      access: { update: adminFieldOnly },
      label: { en: 'End (s)', nl: 'Einde (s)' },
      admin: {
        description: {
          en: 'Empty for a moment; the end of a region otherwise (seconds).',
          nl: 'Leeg voor één moment; anders het einde van het fragment (seconden).',
        },
      },
    },
    { name: 'body', type: 'textarea', required: true, access: { update: adminFieldOnly } },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugs.users,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'resolved',
      type: 'checkbox',
      label: { en: 'Resolved', nl: 'Opgelost' },
      defaultValue: false,
      access: { create: nobodyField, update: artistOrAdminField },
    },
    {
      name: 'resolvedIn',
      type: 'relationship',
      relationTo: slugs.deliverables,
      access: serverOnly,
      label: { en: 'Resolved in', nl: 'Opgelost in' },
      admin: {
        readOnly: true,
        description: {
          en: 'The version that resolves this pickup.',
          nl: 'De versie die deze pickup oplost.',
        },
      },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: { en: 'Resolved at', nl: 'Opgelost op' },
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'resolvedBy',
      type: 'relationship',
      label: { en: 'Resolved by', nl: 'Opgelost door' },
      relationTo: slugs.users,
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
