import type { Field, GlobalConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { revalidateCatalogAfterPricingChange } from '@/collections/Voiceovers/hooks/revalidateCatalog'
import { DEFAULT_ARTIST_SHARE_PERCENT, isArtistSharePercent } from '@/domain/artistFee'
import { DEFAULT_RENEWAL_PERCENT, isRenewalPercent } from '@/domain/licence'
import type { UsageTerm } from '@/domain/pricing'
import { projectTypes } from '@/domain/catalog'
import { defaultPricingSettings, usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import { DEFAULT_REVISION_FEE_CENTS, DEFAULT_REVISION_TURNAROUND_DAYS } from '@/domain/revisions'
import { defaultSpeakingRates } from '@/domain/scriptTiming'
import { DEFAULT_END_OF_DAY, isTimeOfDay } from '@/domain/time'
import { defaultDeliverySpecs } from '@/domain/deliveryQc'
import { pricingDeliverySpecsField } from '@/fields/deliverySpec'
import { moneyField } from '@/fields/money'
import { inRequestLanguage } from '@/i18n/adminLabels'
import { globalSlugs } from '@/slugs'

const percentFields = (names: readonly string[], defaults: Record<string, number>): Field[] =>
  names.map((name) => ({
    name,
    type: 'number',
    required: true,
    min: 0,
    max: 10_000,
    defaultValue: defaults[name],
    admin: { description: '% of the base rate' },
  }))

/** Field names can't start with a digit, so the term values get readable names here. */
export const termFieldName: Record<UsageTerm, string> = {
  '3_months': 'months3',
  '6_months': 'months6',
  '12_months': 'months12',
  perpetual: 'perpetual',
}

/** The agency's pricing rules: admin-editable, read by the server when it computes a quote. */
export const Pricing: GlobalConfig = {
  slug: globalSlugs.pricing,
  label: 'Pricing rules',
  access: { read: adminOnly, update: adminOnly },
  hooks: { afterChange: [revalidateCatalogAfterPricingChange] },
  fields: [
    {
      name: 'includedWords',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: defaultPricingSettings.includedWords,
      admin: { description: 'Words included in the base rate.' },
    },
    moneyField({
      name: 'extraWordsPer100Cents',
      required: true,
      defaultValue: defaultPricingSettings.extraWordsPer100Cents,
      admin: { description: 'Price per started block of 100 words beyond the included amount.' },
    }),
    {
      name: 'rushSurchargePercent',
      type: 'number',
      required: true,
      min: 0,
      max: 500,
      defaultValue: defaultPricingSettings.rushSurchargePercent,
    },
    {
      name: 'usage',
      type: 'group',
      admin: { description: 'Usage licence = base rate × media% × region% × term%.' },
      fields: [
        {
          name: 'media',
          type: 'group',
          fields: percentFields(usageMedia, defaultPricingSettings.usagePercent.media),
        },
        {
          name: 'region',
          type: 'group',
          fields: percentFields(usageRegions, defaultPricingSettings.usagePercent.region),
        },
        {
          name: 'term',
          type: 'group',
          fields: percentFields(
            usageTerms.map((t) => termFieldName[t]),
            Object.fromEntries(
              usageTerms.map((t) => [
                termFieldName[t],
                defaultPricingSettings.usagePercent.term[t],
              ]),
            ),
          ),
        },
      ],
    },
    {
      name: 'freeRevisionRounds',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: 2,
      admin: {
        description: 'Revision rounds included in every booking; more are flagged as billable.',
      },
    },
    moneyField({
      name: 'revisionFeeCents',
      required: true,
      defaultValue: DEFAULT_REVISION_FEE_CENTS,
      admin: {
        description:
          'Fee per revision round beyond the free ones (excl. VAT); it becomes a line on the invoice.',
      },
    }),
    {
      name: 'revisionTurnaroundDays',
      type: 'number',
      required: true,
      min: 1,
      max: 30,
      defaultValue: DEFAULT_REVISION_TURNAROUND_DAYS,
      admin: {
        description:
          'Working days the artist gets for a revision, counted from the request; the booking’s deadline moves to then (never earlier).',
      },
    },
    {
      name: 'autoApproveDays',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: 7,
      admin: { description: 'A delivery left in review this many days is approved automatically.' },
    },
    {
      name: 'artistSharePercent',
      type: 'number',
      required: true,
      min: 0,
      max: 100,
      defaultValue: DEFAULT_ARTIST_SHARE_PERCENT,
      validate: (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
        isArtistSharePercent(value) ||
        inRequestLanguage(req, {
          en: 'Give the artist’s share as a whole percentage from 0 to 100, for example 60.',
          nl: 'Geef het aandeel van de artiest als heel percentage van 0 tot 100, bijvoorbeeld 60.',
        }),
      admin: {
        description:
          'The artist’s fee as % of the booking price excl. VAT (rounded down to the cent). Artists see their fee, never the customer’s price.',
      },
    },
    {
      name: 'renewalPercent',
      type: 'number',
      required: true,
      min: 0,
      max: 1000,
      defaultValue: DEFAULT_RENEWAL_PERCENT,
      validate: (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
        isRenewalPercent(value) ||
        inRequestLanguage(req, {
          en: 'Give the renewal rate as a whole percentage from 0 to 1000, for example 100.',
          nl: 'Geef het verlengingstarief als heel percentage van 0 tot 1000, bijvoorbeeld 100.',
        }),
      admin: {
        description:
          'A usage licence renewal costs this % of the original usage fee (excl. VAT). It needs no new recording.',
      },
    },
    {
      name: 'endOfDay',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_END_OF_DAY,
      validate: (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
        (typeof value === 'string' && isTimeOfDay(value)) ||
        inRequestLanguage(req, {
          en: 'Give the end of the working day as HH:MM on a 24-hour clock, for example 18:00.',
          nl: 'Geef het einde van de werkdag als UU:MM in 24-uursnotatie, bijvoorbeeld 18:00.',
        }),
      admin: {
        description:
          'End of the working day, Amsterdam time (HH:MM). Deadlines fall at this time; a script that arrives later counts from the next working day.',
      },
    },
    {
      name: 'closureDays',
      type: 'array',
      admin: {
        description:
          'Extra days the agency is closed (Dutch public holidays and weekends are skipped already; Liberation Day only in lustrum years, Good Friday not). Deadlines skip these days.',
      },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
        { name: 'reason', type: 'text', admin: { description: 'For example: team day.' } },
      ],
    },
    {
      // Words per minute per project type: a script's estimated duration is its spoken word count
      // divided by its booking's rate (domain/scriptTiming.ts).
      name: 'speakingRates',
      type: 'group',
      admin: {
        description:
          'Words per minute an artist speaks, per project type (script duration estimates).',
      },
      fields: projectTypes.map((type) => ({
        name: type.value,
        label: type.label,
        type: 'number' as const,
        required: true,
        min: 60,
        max: 400,
        defaultValue: defaultSpeakingRates[type.value],
        admin: { description: 'words per minute' },
      })),
    },
    pricingDeliverySpecsField(defaultDeliverySpecs),
  ],
}
