import type { Field, FieldAccess, GroupField } from 'payload'

import { specFormats } from '@/domain/deliveryQc'
import type { DeliverySpec } from '@/domain/deliveryQc'
import { projectTypes } from '@/domain/catalog'

const t = (en: string, nl: string) => ({ en, nl })

const oneOf =
  (allowed: readonly number[], message: { en: string; nl: string }) =>
  (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
    value === null ||
    value === undefined ||
    allowed.includes(Number(value)) ||
    (req?.i18n?.language?.startsWith('en') ? message.en : message.nl)

/**
 * The lines of a delivery spec (`DeliverySpec` in `domain/deliveryQc.ts`), in their units: Hz, bits,
 * channels, LUFS, LU, dBTP, seconds. Used for the Pricing global's defaults per project type and
 * for the copy each booking carries. `defaults` fills the default values (a booking's copy has none:
 * it is written from the Pricing global when the booking is created).
 */
export const deliverySpecFields = (defaults?: DeliverySpec): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'format',
        type: 'select',
        label: t('Format', 'Formaat'),
        options: specFormats.map((value) => ({
          value,
          label: value === 'any' ? t('Any audio format', 'Elk audioformaat') : t(value, value),
        })),
        defaultValue: defaults?.format,
      },
      {
        name: 'sampleRateHz',
        type: 'number',
        label: t('Sample rate (Hz)', 'Samplefrequentie (Hz)'),
        defaultValue: defaults?.sampleRateHz,
        validate: oneOf(
          [44_100, 48_000],
          t('Choose 44100 or 48000 Hz.', 'Kies 44100 of 48000 Hz.'),
        ),
      },
      {
        name: 'bitDepth',
        type: 'number',
        label: t('Bit depth', 'Bitdiepte'),
        defaultValue: defaults?.bitDepth ?? undefined,
        validate: oneOf(
          [16, 24],
          t('Choose 16 or 24 bits, or leave it empty.', 'Kies 16 of 24 bits, of laat het leeg.'),
        ),
        admin: {
          description: t(
            'Empty accepts any (lossy formats have none).',
            'Leeg: elke bitdiepte (lossy formaten hebben er geen).',
          ),
        },
      },
      {
        name: 'channels',
        type: 'number',
        label: t('Channels', 'Kanalen'),
        defaultValue: defaults?.channels,
        validate: oneOf(
          [1, 2],
          t('Choose 1 (mono) or 2 (stereo).', 'Kies 1 (mono) of 2 (stereo).'),
        ),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'loudnessLufs',
        type: 'number',
        label: t('Loudness target (LUFS)', 'Luidheidsdoel (LUFS)'),
        min: -40,
        max: 0,
        defaultValue: defaults?.loudnessLufs,
        admin: {
          description: t(
            '−16 online, −23 EBU R128 broadcast, −24 LKFS ATSC A/85.',
            '−16 online, −23 EBU R128 omroep, −24 LKFS ATSC A/85.',
          ),
        },
      },
      {
        name: 'loudnessToleranceLu',
        type: 'number',
        label: t('Tolerance (LU)', 'Marge (LU)'),
        min: 0,
        max: 10,
        defaultValue: defaults?.loudnessToleranceLu,
      },
      {
        name: 'truePeakCeilingDbtp',
        type: 'number',
        label: t('True-peak ceiling (dBTP)', 'True-peakplafond (dBTP)'),
        min: -20,
        max: 0,
        defaultValue: defaults?.truePeakCeilingDbtp,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'maxLeadingSilenceSeconds',
        type: 'number',
        label: t('Max. leading silence (s)', 'Max. stilte vooraf (s)'),
        min: 0,
        max: 60,
        defaultValue: defaults?.maxLeadingSilenceSeconds,
      },
      {
        name: 'maxTrailingSilenceSeconds',
        type: 'number',
        label: t('Max. trailing silence (s)', 'Max. stilte achteraf (s)'),
        min: 0,
        max: 60,
        defaultValue: defaults?.maxTrailingSilenceSeconds,
      },
    ],
  },
]

/**
 * The `deliverySpec` group a booking carries: copied from the Pricing global's spec for its project
 * type when the booking is created (`copyDeliverySpec`), what each delivery is measured against.
 * Everyone on the booking reads it; only admins change it.
 */
export const bookingDeliverySpecField = ({
  adminOnly,
}: {
  adminOnly: FieldAccess
}): GroupField => ({
  name: 'deliverySpec',
  type: 'group',
  label: t('Delivery spec', 'Leverspecificatie'),
  access: { create: adminOnly, update: adminOnly },
  admin: {
    description: t(
      'What every delivery is checked against. Copied from the pricing rules for the project type when the booking was made.',
      'Waaraan elke levering getoetst wordt. Overgenomen uit de prijsregels voor het projecttype toen de boeking werd gemaakt.',
    ),
  },
  fields: deliverySpecFields(),
})

/**
 * The Pricing global's `deliverySpecs`: one row per project type with its default spec. A project
 * type without a row gets the agency's starting spec (`defaultDeliverySpecs`).
 */
export const pricingDeliverySpecsField = (defaults: Record<string, DeliverySpec>): Field => ({
  name: 'deliverySpecs',
  type: 'array',
  label: t('Delivery specs', 'Leverspecificaties'),
  labels: {
    singular: t('Delivery spec', 'Leverspecificatie'),
    plural: t('Delivery specs', 'Leverspecificaties'),
  },
  admin: {
    description: t(
      'The technical spec deliveries are checked against, per project type; each new booking gets a copy.',
      'De technische specificatie waaraan leveringen getoetst worden, per projecttype; elke nieuwe boeking krijgt een kopie.',
    ),
  },
  defaultValue: Object.entries(defaults).map(([projectType, spec]) => ({ projectType, ...spec })),
  fields: [
    {
      name: 'projectType',
      type: 'select',
      required: true,
      label: t('Project type', 'Projecttype'),
      options: projectTypes.map((p) => ({ value: p.value, label: t(p.label, p.labelNl) })),
    },
    ...deliverySpecFields(),
  ],
})
