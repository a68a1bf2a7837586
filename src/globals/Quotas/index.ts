import type { GlobalConfig, NumberFieldSingleValidation } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { defaultQuotaSettings, GB, MB } from '@/domain/quotas'
import { inRequestLanguage } from '@/i18n/adminLabels'
import { globalSlugs } from '@/slugs'

const wholeNumber: NumberFieldSingleValidation = (value, { req }) =>
  (typeof value === 'number' && Number.isInteger(value) && value >= 1) ||
  inRequestLanguage(req, {
    en: 'Give a whole number of at least 1.',
    nl: 'Vul een geheel getal van minstens 1 in.',
  })

/**
 * Abuse limits (issue 11, item 7): what one customer may create and one booking may hold. Its own
 * global rather than fields in Pricing: these are safety limits, not prices, and they change for
 * other reasons (an attack, a big customer). Read and edited by admins only; the server reads it
 * with a system call. Admins themselves are exempt from every limit here.
 */
export const Quotas: GlobalConfig = {
  slug: globalSlugs.quotas,
  label: 'Quotas',
  access: { read: adminOnly, update: adminOnly },
  admin: {
    description:
      'Limits on what customers and artists can create; admins are exempt. Going over answers "429 Too Many Requests" with a sentence saying when to try again.',
  },
  fields: [
    {
      name: 'bookingsPerHour',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: defaultQuotaSettings.bookingsPerHour,
      validate: wholeNumber,
      admin: { description: 'Bookings one customer may create in any 60 minutes.' },
    },
    {
      name: 'bookingsPerDay',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: defaultQuotaSettings.bookingsPerDay,
      validate: wholeNumber,
      admin: { description: 'Bookings one customer may create in any 24 hours.' },
    },
    {
      name: 'deliveriesPerBooking',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: defaultQuotaSettings.deliveriesPerBooking,
      validate: wholeNumber,
      admin: { description: 'Audio versions one booking may hold.' },
    },
    {
      name: 'deliveryBytesPerBooking',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: defaultQuotaSettings.deliveryBytesPerBooking,
      validate: wholeNumber,
      admin: {
        description: {
          en: `Total size of one booking's audio, in bytes: 1 MB = ${MB.toLocaleString('en-GB')}, 1 GB = ${GB.toLocaleString('en-GB')}, 5 GB = ${(5 * GB).toLocaleString('en-GB')} (the default).`,
          nl: `Totale grootte van de audio van één boeking, in bytes: 1 MB = ${MB.toLocaleString('nl-NL')}, 1 GB = ${GB.toLocaleString('nl-NL')}, 5 GB = ${(5 * GB).toLocaleString('nl-NL')} (de standaard).`,
        },
      },
    },
  ],
}
