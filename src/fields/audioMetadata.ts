import type { GroupField } from 'payload'

import { nobodyField } from '@/access/nobodyField'
import { audioFormats } from '@/domain/audio'

/**
 * What was detected in an uploaded audio file (`AudioMetadata` in `domain/audio.ts`): written by
 * the server from the file's bytes on upload (`storeDetectedAudio`), never through the API, read-only
 * in the admin. Empty for photos.
 */
export const audioMetadataField = (): GroupField => ({
  name: 'audio',
  type: 'group',
  label: 'Detected audio',
  access: { create: nobodyField, update: nobodyField },
  admin: {
    readOnly: true,
    description: 'Read from the file itself when it was uploaded.',
    condition: (data) => Boolean(data?.audio?.format),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          options: audioFormats.map((value) => ({ label: value, value })),
        },
        { name: 'codec', type: 'text' },
        { name: 'durationSeconds', type: 'number', label: 'Duration (s)' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sampleRateHz', type: 'number', label: 'Sample rate (Hz)' },
        {
          name: 'bitDepth',
          type: 'number',
          label: 'Bit depth',
          admin: { description: 'Empty for lossy formats.' },
        },
        { name: 'channels', type: 'number' },
      ],
    },
  ],
})
