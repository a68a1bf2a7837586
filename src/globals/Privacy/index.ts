import type { GlobalConfig, NumberFieldSingleValidation } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { DEFAULT_PRIVATE_FILE_RETENTION_DAYS } from '@/domain/privacy'
import { sentenceFor } from '@/errors/sentenceFor'
import { globalSlugs } from '@/slugs'

const wholeDays: NumberFieldSingleValidation = (value, { req }) =>
  (typeof value === 'number' && Number.isInteger(value) && value >= 1) ||
  sentenceFor(req, { key: 'account.retentionDays' })

/**
 * Personal-data settings (issue 12, GDPR). Its own global rather than a field in Pricing (prices)
 * or Company (the identity printed on invoices): retention is a data-protection promise made in the
 * privacy policy, changed for legal reasons by whoever owns that policy. Admins only; the purge job
 * reads it with a system call.
 */
export const Privacy: GlobalConfig = {
  slug: globalSlugs.privacy,
  label: 'Privacy',
  access: { read: adminOnly, update: adminOnly },
  fields: [
    {
      name: 'privateFileRetentionDays',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: DEFAULT_PRIVATE_FILE_RETENTION_DAYS,
      validate: wholeDays,
      admin: {
        description:
          'Days after a booking is completed before its scripts and audio deliveries are deleted (the records stay, marked as purged). Invoices are kept 7 years regardless.',
      },
    },
  ],
}
