import type { FieldAccess, GroupField } from 'payload'

import { qcProblemKeys } from '@/domain/deliveryQc'
import { slugs } from '@/slugs'

const t = (en: string, nl: string) => ({ en, nl })

const measured = (name: string, en: string, nl: string) => ({
  name,
  type: 'number' as const,
  label: t(en, nl),
})

/**
 * The `qc` group of a deliverable: the technical check's report (`measureDelivery` job) and, when
 * the artist or an admin released a delivery that did not pass, who did, when and the note the
 * customer reads. `publishedAt` is when the customer could first see the delivery (a pass or a
 * release); the customer's read access asks for it. Read by everyone who reads the delivery;
 * written by the server only (field access `nobody` on create and update; the job and the release
 * endpoint write with overrideAccess).
 */
export const deliveryQcField = ({ nobody }: { nobody: FieldAccess }): GroupField => ({
  name: 'qc',
  type: 'group',
  label: t('Technical check', 'Technische controle'),
  access: { create: nobody, update: nobody },
  admin: { readOnly: true },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          index: true,
          label: t('Status', 'Status'),
          options: [
            { value: 'pending', label: t('Being checked', 'Wordt gecontroleerd') },
            { value: 'passed', label: t('Passed', 'Goedgekeurd') },
            { value: 'failed', label: t('Failed', 'Afgekeurd') },
          ],
        },
        { name: 'measuredAt', type: 'date', label: t('Measured at', 'Gemeten op') },
        {
          name: 'publishedAt',
          type: 'date',
          index: true,
          label: t('Shown to the customer since', 'Zichtbaar voor de klant sinds'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        measured('integratedLufs', 'Integrated loudness (LUFS)', 'Geïntegreerde luidheid (LUFS)'),
        measured('loudnessRangeLu', 'Loudness range (LU)', 'Luidheidsbereik (LU)'),
        measured('truePeakDbtp', 'True peak (dBTP)', 'True peak (dBTP)'),
        measured('clippedSamples', 'Clipped samples', 'Geclipte samples'),
      ],
    },
    {
      type: 'row',
      fields: [
        measured('sampleRateHz', 'Sample rate (Hz)', 'Samplefrequentie (Hz)'),
        measured('bitDepth', 'Bit depth', 'Bitdiepte'),
        measured('channels', 'Channels', 'Kanalen'),
        measured('durationSeconds', 'Duration (s)', 'Duur (s)'),
      ],
    },
    {
      type: 'row',
      fields: [
        measured('leadingSilenceSeconds', 'Leading silence (s)', 'Stilte vooraf (s)'),
        measured('trailingSilenceSeconds', 'Trailing silence (s)', 'Stilte achteraf (s)'),
      ],
    },
    {
      name: 'problems',
      type: 'array',
      label: t('Problems', 'Problemen'),
      labels: { singular: t('Problem', 'Probleem'), plural: t('Problems', 'Problemen') },
      admin: {
        description: t(
          'Each problem is a message key with its values, written in the reader’s language on the booking page.',
          'Elk probleem is een berichtsleutel met waarden, op de boekingspagina in de taal van de lezer geschreven.',
        ),
      },
      fields: [
        {
          name: 'key',
          type: 'select',
          required: true,
          label: t('Problem', 'Probleem'),
          options: qcProblemKeys.map((value) => ({ value, label: t(value, value) })),
        },
        { name: 'values', type: 'json', label: t('Values', 'Waarden') },
      ],
    },
    {
      name: 'error',
      type: 'text',
      label: t('Measurement error', 'Meetfout'),
      admin: {
        description: t(
          'Why ffmpeg could not measure the file.',
          'Waarom ffmpeg het bestand niet kon meten.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'releasedAt', type: 'date', label: t('Released at', 'Vrijgegeven op') },
        {
          name: 'releasedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: t('Released by', 'Vrijgegeven door'),
        },
      ],
    },
    {
      name: 'releaseNote',
      type: 'textarea',
      maxLength: 2000,
      label: t('Release note to the customer', 'Toelichting voor de klant bij vrijgave'),
    },
  ],
})
