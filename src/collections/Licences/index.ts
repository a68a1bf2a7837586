import type { CollectionConfig, Field } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { licenceHolderOrAdmin } from '@/access/licenceHolderOrAdmin'
import { nobody } from '@/access/nobody'
import { customerOrAdminField } from '@/collections/Bookings/access'
import { licenceStatuses } from '@/domain/licence'
import { usageLabels, usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import { moneyField } from '@/fields/money'
import { lockRowBeforeUpdate } from '@/hooks/lockRowBeforeUpdate'
import { locales } from '@/i18n/locales'
import { slugs } from '@/slugs'

import { renewEndpoint } from './endpoints/renew'

const options = (values: readonly (keyof typeof usageLabels)[]) =>
  values.map((v) => ({ label: usageLabels[v].en, value: v }))

/** Written by the server (`createLicence`, the renewal, the daily sweep); an admin may correct it. */
const serverOrAdmin = { create: adminFieldOnly, update: adminFieldOnly }

const party = (name: string, relationTo: string, description?: string): Field => ({
  name,
  type: 'relationship',
  relationTo: relationTo as typeof slugs.users,
  index: true,
  access: serverOrAdmin,
  admin: { position: 'sidebar', readOnly: true, description },
})

/**
 * The usage licence a completed booking grants its customer (issue 15, part 4): which recording
 * (`booking`, `voiceover`), for which use (`media`, `region`, `term`), from `startsAt` to `endsAt`
 * (null when perpetual), under which terms (the terms version the customer accepted, with the
 * AI/voice-cloning restriction). Created by the server when the booking completes
 * (`createLicence`), one per booking; renewed with `POST /api/licences/:id/renew` (`renewLicence`);
 * reminded and marked expired by the daily sweep (`sweepLicences`).
 *
 * Read by its customer, the artist who recorded it and admins; nobody creates one over the API,
 * only admins correct or delete one.
 */
export const Licences: CollectionConfig = {
  slug: slugs.licences,
  labels: { singular: 'Licence', plural: 'Licences' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'customer', 'voiceover', 'term', 'endsAt', 'status'],
    listSearchableFields: ['reference'],
    components: {
      // "Expiring in the next 30 days": a preset of the list's own filter.
      beforeList: ['@/components/admin/ExpiringLicencesLink#ExpiringLicencesLink'],
    },
  },
  access: { create: nobody, read: licenceHolderOrAdmin, update: adminOnly, delete: adminOnly },
  defaultSort: 'endsAt',
  // The sweep's query: active licences by end date.
  indexes: [{ fields: ['status', 'endsAt'] }],
  endpoints: [renewEndpoint],
  // An admin's save must not write back a status the sweep or a renewal moved on meanwhile.
  hooks: { beforeOperation: [lockRowBeforeUpdate(slugs.licences)] },
  fields: [
    {
      // The booking's reference ("BK-2026-00042"): how staff and customers name the licence.
      name: 'reference',
      type: 'text',
      access: serverOrAdmin,
      admin: { readOnly: true },
    },
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      required: true,
      // One licence per booking, whatever races (createLicence is idempotent on it).
      unique: true,
      access: serverOrAdmin,
      admin: { readOnly: true },
    },
    party('customer', slugs.users),
    party('artist', slugs.users, 'The artist’s account (from the voice-over profile).'),
    {
      name: 'voiceover',
      type: 'relationship',
      relationTo: slugs.voiceovers,
      access: serverOrAdmin,
      admin: { readOnly: true },
    },
    { name: 'media', type: 'select', options: options(usageMedia), access: serverOrAdmin },
    { name: 'region', type: 'select', options: options(usageRegions), access: serverOrAdmin },
    {
      name: 'term',
      type: 'select',
      required: true,
      options: options(usageTerms),
      access: serverOrAdmin,
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      access: serverOrAdmin,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'endsAt',
      type: 'date',
      index: true,
      access: serverOrAdmin,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Empty for a perpetual licence. Ends at the end of the day, Amsterdam time.',
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      options: licenceStatuses.map((s) => ({ label: s, value: s })),
      access: serverOrAdmin,
      admin: { position: 'sidebar' },
    },
    // The usage-licence line of the booking that first granted it (renewals keep it), integer cents
    // excl. VAT: a renewal costs the Pricing global's `renewalPercent` of it. Part of the customer's
    // price: never shown to the artist.
    moneyField({
      name: 'usageFeeCents',
      access: { ...serverOrAdmin, read: customerOrAdminField },
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      // Which terms the licence was granted under: the terms of service the customer accepted
      // with the booking (`termsAcceptance`), and the restriction on training AI or cloning the
      // voice from the recording — prohibited unless the agency agreed otherwise in writing.
      name: 'terms',
      type: 'group',
      access: serverOrAdmin,
      fields: [
        { name: 'version', type: 'text', maxLength: 40 },
        {
          name: 'language',
          type: 'select',
          options: locales.map((l) => ({ label: l, value: l })),
        },
        { name: 'acceptedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'aiVoiceCloning',
          type: 'select',
          required: true,
          defaultValue: 'prohibited',
          options: [
            { label: 'Prohibited', value: 'prohibited' },
            { label: 'Permitted (agreed in writing)', value: 'permitted' },
          ],
          admin: {
            description:
              'Using the recording to train AI or clone the voice. Prohibited unless agreed in writing.',
          },
        },
      ],
    },
    {
      name: 'renews',
      type: 'relationship',
      relationTo: slugs.licences,
      access: serverOrAdmin,
      admin: { position: 'sidebar', readOnly: true, description: 'The licence this one renews.' },
    },
    {
      name: 'renewedBy',
      type: 'relationship',
      relationTo: slugs.licences,
      access: serverOrAdmin,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // When each reminder was queued (the daily sweep): each goes out once.
      name: 'reminders',
      type: 'group',
      access: { read: adminFieldOnly, ...serverOrAdmin },
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'days30', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'days7', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
