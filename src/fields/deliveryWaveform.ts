import type { GroupField } from 'payload'

import { nobodyField } from '@/access/nobodyField'

/** States of a delivery's waveform: made by the `computeDeliveryPeaks` job after the upload. */
export const waveformStatuses = ['pending', 'ready', 'failed'] as const

/**
 * The precomputed waveform of a delivered version (jobs/tasks/computeDeliveryPeaks.ts), so the
 * booking page draws a long take at once without decoding it in the browser: `peaks` is a
 * `WaveformPeaks` JSON (`domain/waveformPeaks.ts`), `durationSeconds` the decoded length. Written by
 * the server only; read with the delivery itself, so only the booking's parties and admins get it.
 */
export const deliveryWaveformField = (): GroupField => ({
  name: 'waveform',
  type: 'group',
  label: { en: 'Waveform', nl: 'Golfvorm' },
  access: { create: nobodyField, update: nobodyField },
  admin: {
    readOnly: true,
    condition: (data) => Boolean(data?.waveform?.status),
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: { en: 'Status', nl: 'Status' },
      options: [
        { label: { en: 'Being made', nl: 'Wordt gemaakt' }, value: 'pending' },
        { label: { en: 'Ready', nl: 'Klaar' }, value: 'ready' },
        { label: { en: 'Failed', nl: 'Mislukt' }, value: 'failed' },
      ],
    },
    {
      name: 'error',
      type: 'text',
      label: { en: 'Error', nl: 'Fout' },
      admin: { condition: (_, sibling) => Boolean(sibling?.error) },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: { en: 'Decoded length (s)', nl: 'Gedecodeerde lengte (s)' },
    },
    // Thousands of numbers: no use in the panel, so hidden there.
    { name: 'peaks', type: 'json', label: { en: 'Peaks', nl: 'Pieken' }, admin: { hidden: true } },
  ],
})
