import type { GroupField } from 'payload'

import { nobodyField } from '@/access/nobodyField'

/** States of a demo's preview: made by the `makeDemoPreview` job after an audio upload. */
export const previewStatuses = ['pending', 'ready', 'failed'] as const

/**
 * The compressed streaming preview and waveform peaks of an uploaded demo (see
 * jobs/tasks/makeDemoPreview.ts): written by the server only, read-only in the admin, empty for
 * photos. The public site plays `url` and draws `peaksUrl`; the original stays for admins.
 */
export const demoPreviewField = (): GroupField => ({
  name: 'preview',
  type: 'group',
  label: 'Streaming preview',
  access: { create: nobodyField, update: nobodyField },
  admin: {
    readOnly: true,
    description: 'Made from the uploaded demo by the server (MP3, 128 kbit/s) with its waveform.',
    condition: (data) => Boolean(data?.preview?.status),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          options: previewStatuses.map((value) => ({ label: value, value })),
        },
        { name: 'bitrate', type: 'number', label: 'Bit rate (bit/s)' },
        { name: 'filesize', type: 'number', label: 'Size (bytes)' },
      ],
    },
    { name: 'error', type: 'text', admin: { condition: (_, sibling) => Boolean(sibling?.error) } },
    { name: 'filename', type: 'text' },
    { name: 'url', type: 'text' },
    { name: 'mimeType', type: 'text' },
    { name: 'peaksFilename', type: 'text' },
    { name: 'peaksUrl', type: 'text' },
  ],
})
