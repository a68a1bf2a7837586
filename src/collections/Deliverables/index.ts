import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { readDelivery } from '@/access/readDelivery'
import { nobodyField } from '@/access/nobodyField'
import { customerOrAdminField } from '@/collections/Bookings/access'
import { env } from '@/env'
import { moneyField } from '@/fields/money'
import { originalFilenameField } from '@/fields/originalFilename'
import { purgedAtField } from '@/fields/purgedAt'
import { captureIncoming } from '@/hooks/captureIncoming'
import { lockRowBeforeUpdate } from '@/hooks/lockRowBeforeUpdate'
import { slugs } from '@/slugs'
import { audioMetadataField } from '@/fields/audioMetadata'
import { deliveryQcField } from '@/fields/deliveryQc'
import { deliveryWaveformField } from '@/fields/deliveryWaveform'
import { acceptAudioUpload } from '@/uploads/acceptAudioUpload'
import { auditDownload } from '@/uploads/auditDownload'
import { deliverableDownloadName } from '@/uploads/downloadNames'
import { keepOriginalFilename } from '@/uploads/keepOriginalFilename'
import { namedDownloadEndpoint } from '@/uploads/namedDownloadEndpoint'
import { privateUploadEndpoint } from '@/uploads/privateUploadEndpoint'
import { randomizeFilename } from '@/uploads/randomizeFilename'
import { refuseFileReplacement } from '@/uploads/refuseFileReplacement'
import { privateFileHeaders } from '@/uploads/responseHeaders'
import { storeDetectedAudio } from '@/uploads/storeDetectedAudio'

import { artistsAndAdmins, decideOwnDeliveries } from './access'
import { releaseEndpoint } from './endpoints/release'
import { announceDelivery } from './hooks/announceDelivery'
import { applyDecision } from './hooks/applyDecision'
import { enforceDeliveryQuota } from './hooks/enforceDeliveryQuota'
import { prepareDelivery } from './hooks/prepareDelivery'
import { queueDeliveryPeaks } from './hooks/queueDeliveryPeaks'

const serverOnly = { create: adminFieldOnly, update: adminFieldOnly }

/** Versioned audio deliveries: private storage, streamed (Range) and downloaded through the file route. */
export const Deliverables: CollectionConfig = {
  slug: slugs.deliverables,
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'booking', 'version', 'decision', 'billableRevision', 'createdAt'],
  },
  access: {
    create: artistsAndAdmins,
    read: readDelivery,
    update: decideOwnDeliveries,
    delete: adminOnly,
  },
  defaultSort: '-createdAt',
  endpoints: [
    privateUploadEndpoint({
      collection: slugs.deliverables,
      maxMb: env.MAX_DELIVERABLE_MB,
      fields: ['booking', 'notes'],
    }),
    namedDownloadEndpoint({ collection: slugs.deliverables, humanName: deliverableDownloadName }),
    releaseEndpoint,
  ],
  hooks: {
    beforeOperation: [
      lockRowBeforeUpdate(slugs.deliverables),
      refuseFileReplacement,
      keepOriginalFilename,
      acceptAudioUpload(),
      randomizeFilename,
      captureIncoming(slugs.deliverables, 'decision'),
    ],
    beforeChange: [prepareDelivery, enforceDeliveryQuota, applyDecision, storeDetectedAudio],
    afterChange: [announceDelivery, queueDeliveryPeaks],
  },
  upload: {
    staticDir: path.join(env.privateFilesDir, slugs.deliverables),
    // No `mimeTypes`: Payload's magic-byte check refuses RF64 and most .m4a brands. acceptAudioUpload
    // judges the content and sets the stored type; Payload's restricted-file check still runs.
    modifyResponseHeaders: privateFileHeaders,
    handlers: [auditDownload({ collection: slugs.deliverables, action: 'deliverable.downloaded' })],
  },
  fields: [
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      required: true,
      index: true,
      // A delivery belongs to its booking for good; its version number is the server's.
      access: { update: nobodyField },
    },
    originalFilenameField(),
    purgedAtField(),
    {
      name: 'version',
      type: 'number',
      index: true,
      access: { create: adminFieldOnly, update: nobodyField },
      admin: { readOnly: true },
    },
    audioMetadataField(),
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 5000,
      label: 'Artist notes',
      access: { update: adminFieldOnly },
    },
    {
      name: 'decision',
      type: 'select',
      options: [
        { label: 'Approved', value: 'approved' },
        { label: 'Revision requested', value: 'revision_requested' },
      ],
      access: { create: adminFieldOnly, update: customerOrAdminField },
    },
    {
      name: 'decisionNotes',
      type: 'textarea',
      maxLength: 5000,
      access: { create: adminFieldOnly, update: customerOrAdminField },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: serverOnly,
      admin: { readOnly: true },
    },
    { name: 'decidedAt', type: 'date', access: serverOnly, admin: { readOnly: true } },
    {
      name: 'autoApproved',
      type: 'checkbox',
      defaultValue: false,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'billableRevision',
      type: 'checkbox',
      defaultValue: false,
      access: serverOnly,
      admin: { readOnly: true, description: 'This revision request went beyond the free rounds.' },
    },
    moneyField({
      name: 'revisionFeeCents',
      access: serverOnly,
      admin: {
        readOnly: true,
        description:
          'The fee the customer was told for this billable revision round (excl. VAT); the invoice charges it.',
      },
    }),
    {
      name: 'customer',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'artist',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: serverOnly,
      admin: { readOnly: true },
    },
    deliveryQcField({ nobody: nobodyField }),
    deliveryWaveformField(),
    {
      name: 'pickups',
      type: 'json',
      label: { en: 'Pickup list', nl: 'Pickuplijst' },
      access: serverOnly,
      admin: {
        readOnly: true,
        description: {
          en: 'The open review comments this revision request gathered, numbered.',
          nl: 'De open reviewopmerkingen die dit revisieverzoek verzamelde, genummerd.',
        },
      },
    },
  ],
}
