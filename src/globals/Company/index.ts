import type { GlobalConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { globalSlugs } from '@/slugs'

/** The agency's own details as they appear on invoices and in email footers, and the team's email language. */
export const Company: GlobalConfig = {
  slug: globalSlugs.company,
  label: 'Company & invoicing',
  access: { read: adminOnly, update: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: '14voices B.V.' },
    {
      name: 'address',
      type: 'textarea',
      required: true,
      defaultValue: 'Herengracht 14\n1015 BN Amsterdam',
    },
    { name: 'country', type: 'text', required: true, defaultValue: 'NL', maxLength: 2 },
    { name: 'vatId', type: 'text', required: true, defaultValue: 'NL859123456B01' },
    { name: 'kvk', type: 'text', label: 'KvK number', defaultValue: '81234567' },
    { name: 'iban', type: 'text', defaultValue: 'NL91ABNA0417164300' },
    { name: 'email', type: 'email', defaultValue: 'billing@14voices.example' },
    // On the site's contact page (with the name, address, KvK, VAT ID and email above).
    { name: 'phone', type: 'text', maxLength: 40, defaultValue: '+31 20 123 4567' },
    { name: 'invoicePrefix', type: 'text', required: true, defaultValue: '14V' },
    { name: 'creditNotePrefix', type: 'text', required: true, defaultValue: '14V-CN' },
    { name: 'paymentTermDays', type: 'number', required: true, min: 0, max: 120, defaultValue: 14 },
    {
      // Customers and artists get emails in their own account's language; the team's follow this.
      name: 'staffLanguage',
      type: 'select',
      required: true,
      defaultValue: 'nl',
      options: [
        { label: 'Dutch', value: 'nl' },
        { label: 'English', value: 'en' },
      ],
      admin: {
        description:
          'Language of the emails to the agency’s team (new bookings, overdue work, cancellations).',
      },
    },
  ],
}
