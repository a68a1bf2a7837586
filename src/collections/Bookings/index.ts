import type { CollectionConfig, Field } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { nobodyField } from '@/access/nobodyField'
import { bookingStatuses, statusLabels } from '@/domain/bookingStatus'
import { projectTypes } from '@/domain/catalog'
import { usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import { moneyField } from '@/fields/money'
import { captureIncoming } from '@/hooks/captureIncoming'
import { lockRowBeforeUpdate } from '@/hooks/lockRowBeforeUpdate'
import { bookingDeliverySpecField } from '@/fields/deliverySpec'
import { locales } from '@/i18n/locales'
import { slugs } from '@/slugs'

import { customerOrAdminField, customersAndAdmins, ownBookings } from './access'
import { changesEndpoint } from './endpoints/changes'
import { confirmWordCountEndpoint } from './endpoints/confirmWordCount'
import { createBookingEndpoint } from './endpoints/createBooking'
import { quoteEndpoint } from './endpoints/quote'
import { transitionEndpoint } from './endpoints/transition'
import { assignReference } from './hooks/assignReference'
import { copyDeliverySpec } from './hooks/copyDeliverySpec'
import { checkIfMatch } from './hooks/checkIfMatch'
import { enforceBookingQuota } from './hooks/enforceBookingQuota'
import { exposeEtag } from './hooks/exposeEtag'
import { prepareNewBooking } from './hooks/prepareNewBooking'
import { recordTermsAcceptance } from './hooks/recordTermsAcceptance'
import { recordBookingChange } from './hooks/recordBookingChange'
import { refuseStatusPatch } from './hooks/refuseStatusPatch'
import { snapshotBilling } from './hooks/snapshotBilling'

/** Set by the customer when booking, fixed afterwards (only an admin changes them). */
const setOnCreate = { update: adminFieldOnly }
/** Decided by the server or the agency, never by the request. */
const serverOnly = { create: adminFieldOnly, update: adminFieldOnly }
/**
 * The customer's price: server-decided, and read only by the customer and admins — artists never see
 * what the customer pays (they see their fee: `domain/artistFee`, computed on the server). Field access
 * also keeps an artist from filtering on these fields through a `where`.
 */
const customerPrice = { ...serverOnly, read: customerOrAdminField }

const options = (values: readonly string[]) =>
  values.map((v) => ({ label: v.replace(/_/g, ' '), value: v }))

const usageFields: Field[] = [
  { name: 'media', type: 'select', defaultValue: 'online', options: options(usageMedia) },
  { name: 'region', type: 'select', defaultValue: 'national', options: options(usageRegions) },
  { name: 'term', type: 'select', defaultValue: '12_months', options: options(usageTerms) },
]

export const Bookings: CollectionConfig = {
  slug: slugs.bookings,
  admin: {
    useAsTitle: 'projectTitle',
    // The first column links the booking: its title, as staff name bookings; the reference next to it.
    defaultColumns: [
      'projectTitle',
      'reference',
      'status',
      'deadline',
      'rushOrder',
      'voiceover',
      'customer',
      'quotedPrice',
    ],
    listSearchableFields: ['projectTitle', 'reference'],
  },
  access: {
    create: customersAndAdmins,
    read: ownBookings,
    update: ownBookings,
    delete: adminOnly,
  },
  defaultSort: '-createdAt',
  // The list queries of lib/bookingLists.ts, index-backed at 100,000 bookings (proved by
  // tests/int/list-indexes.int.test.ts): a customer's list by date, an artist's dashboard by deadline
  // and by finish date, the admin dashboard's open bookings by deadline.
  indexes: [
    { fields: ['customer', 'createdAt'] },
    { fields: ['artist', 'deadline'] },
    { fields: ['artist', 'statusChangedAt'] },
    { fields: ['status', 'deadline'] },
  ],
  endpoints: [
    changesEndpoint,
    createBookingEndpoint,
    quoteEndpoint,
    transitionEndpoint,
    confirmWordCountEndpoint,
  ],
  hooks: {
    // The row lock first: a save must not write back a status a transition changed meanwhile.
    beforeOperation: [
      lockRowBeforeUpdate(slugs.bookings),
      captureIncoming(slugs.bookings, 'status'),
    ],
    beforeChange: [
      checkIfMatch,
      enforceBookingQuota,
      prepareNewBooking,
      assignReference,
      snapshotBilling,
      recordTermsAcceptance,
      refuseStatusPatch,
      copyDeliverySpec,
    ],
    afterChange: [recordBookingChange],
    afterRead: [exposeEtag],
  },
  fields: [
    {
      // "BK-2026-00042": given by the server on create (assignReference), never changed.
      name: 'reference',
      type: 'text',
      unique: true,
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'projectTitle', type: 'text', required: true, maxLength: 200, access: setOnCreate },
    {
      name: 'voiceover',
      type: 'relationship',
      relationTo: slugs.voiceovers,
      required: true,
      index: true,
      access: setOnCreate,
    },
    {
      name: 'projectType',
      type: 'select',
      required: true,
      options: projectTypes.map((t) => ({ label: t.label, value: t.value })),
      access: setOnCreate,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending_script',
      index: true,
      options: bookingStatuses.map((s) => ({ label: statusLabels[s], value: s })),
      // Changed only by `transitionBooking` (POST /api/bookings/:id/transition, the booking page's
      // buttons); an update asking for another status is refused (refuseStatusPatch).
      access: { create: adminFieldOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Changed with the actions on the booking’s page on the site.',
      },
    },
    { name: 'directionNotes', type: 'textarea', maxLength: 5000, access: setOnCreate },
    { name: 'usage', type: 'group', fields: usageFields, access: setOnCreate },
    { name: 'wordCount', type: 'number', min: 0, max: 1_000_000, access: setOnCreate },
    {
      name: 'rushOrder',
      type: 'checkbox',
      defaultValue: false,
      access: setOnCreate,
      admin: { position: 'sidebar' },
    },
    {
      name: 'deadline',
      type: 'date',
      index: true,
      access: serverOnly,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    moneyField({
      name: 'quotedPrice',
      access: customerPrice,
      admin: { position: 'sidebar', readOnly: true },
    }),
    moneyField({ name: 'finalPrice', access: customerPrice, admin: { position: 'sidebar' } }),
    {
      name: 'quoteBreakdown',
      type: 'json',
      access: customerPrice,
      // A table of the lines in euros (a JSON view would show raw cents).
      admin: {
        readOnly: true,
        components: { Field: '@/components/admin/QuoteBreakdown#QuoteBreakdown' },
      },
    },
    {
      name: 'cancellationReason',
      type: 'textarea',
      maxLength: 2000,
      access: { create: adminFieldOnly, update: customerOrAdminField },
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'artist',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The assigned artist’s account (from the voice-over profile).',
      },
    },
    {
      name: 'deliveryCount',
      type: 'number',
      defaultValue: 0,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar', description: 'Versions delivered so far.' },
    },
    {
      name: 'revisionRounds',
      type: 'number',
      defaultValue: 0,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'billableRevisions',
      type: 'number',
      defaultValue: 0,
      access: serverOnly,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Revision rounds beyond the free ones: billable.',
      },
    },
    {
      name: 'statusChangedAt',
      type: 'date',
      // The dashboards list finished bookings by it, most recent first.
      index: true,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Set by the server when the customer books with `termsAccepted: true` (recordTermsAcceptance):
      // which terms, in which language, and when. Only an admin changes it (e.g. for a booking made
      // on a customer's behalf, whose terms were agreed outside the site).
      name: 'termsAcceptance',
      type: 'group',
      access: serverOnly,
      admin: { position: 'sidebar' },
      fields: [
        { name: 'version', type: 'text', maxLength: 40 },
        {
          name: 'language',
          type: 'select',
          options: locales.map((l) => ({ label: l, value: l })),
        },
        {
          name: 'acceptedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      // The customer's billing details when the booking became binding (snapshotBilling); the invoice
      // is issued to these, not to the account as it is later. Written by the server at creation and
      // replaced by an admin's invoice correction (POST /api/invoices/:id/correct). Read by the
      // customer and admins, never the artist.
      name: 'billingSnapshot',
      type: 'group',
      access: { read: customerOrAdminField, ...serverOnly },
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'customerType',
          type: 'select',
          options: [
            { label: 'Business', value: 'business' },
            { label: 'Consumer', value: 'consumer' },
          ],
        },
        { name: 'company', type: 'text', maxLength: 200 },
        { name: 'name', type: 'text', maxLength: 120 },
        { name: 'address', type: 'textarea', maxLength: 500 },
        { name: 'country', type: 'text', maxLength: 2 },
        { name: 'vatId', type: 'text', label: 'VAT ID', maxLength: 20 },
        { name: 'email', type: 'text' },
      ],
    },
    {
      // A `renewal` booking renews a usage licence (POST /api/licences/:id/renew): it reuses the
      // recording, needs no script or delivery and completes at once (`domain/bookingStatus.ts`).
      name: 'kind',
      type: 'select',
      defaultValue: 'recording',
      options: [
        { label: 'Recording', value: 'recording' },
        { label: 'Licence renewal', value: 'renewal' },
      ],
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'renewalOf',
      type: 'relationship',
      relationTo: slugs.licences,
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => data?.kind === 'renewal',
        description: 'The usage licence this booking renews.',
      },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      access: { read: adminFieldOnly, create: adminFieldOnly, update: adminFieldOnly },
      admin: { hidden: true },
    },
    {
      // Optional target length in seconds (e.g. a 30-second spot): the booking page warns when the
      // script's estimated duration is longer (domain/scriptTiming.ts).
      name: 'targetSeconds',
      type: 'number',
      min: 1,
      max: 36_000,
      access: setOnCreate,
      admin: { position: 'sidebar' },
    },
    bookingDeliverySpecField({ adminOnly: adminFieldOnly }),
  ],
}
