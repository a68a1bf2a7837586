import path from 'node:path'

import type { CollectionConfig, Field } from 'payload'

import { nobody } from '@/access/nobody'
import { env } from '@/env'
import { moneyField } from '@/fields/money'
import { slugs } from '@/slugs'
import { auditDownload } from '@/uploads/auditDownload'
import { invoiceDownloadName } from '@/uploads/downloadNames'
import { namedDownloadEndpoint } from '@/uploads/namedDownloadEndpoint'
import { privateFileHeaders } from '@/uploads/responseHeaders'

import { ownInvoices } from './access'
import { correctInvoiceEndpoint } from './endpoints/correctInvoice'
import { issueInvoiceEndpoint } from './endpoints/issueInvoice'
import { refuseChanges } from './hooks/refuseChanges'

const readOnly = { readOnly: true }

/** Credit notes carry negative amounts, so invoice money fields have no minimum. */
const amount = (name: string, label?: string): Field =>
  moneyField({ name, label, required: true, min: undefined, admin: readOnly })

const partyFields = (extra: Field[] = []): Field[] => [
  { name: 'name', type: 'text', required: true, admin: readOnly },
  { name: 'address', type: 'textarea', admin: readOnly },
  { name: 'country', type: 'text', admin: readOnly },
  { name: 'vatId', type: 'text', label: 'VAT ID', admin: readOnly },
  { name: 'email', type: 'text', admin: readOnly },
  ...extra,
]

/**
 * Invoices and credit notes: issued by the server only (the completion job, an admin's "issue"
 * request, a cancellation after issue), never edited afterwards, and private — the rendered PDF is
 * this collection's own upload, served through the access-checked file route to the booking's
 * customer and admins only.
 */
export const Invoices: CollectionConfig = {
  slug: slugs.invoices,
  labels: { singular: 'Invoice', plural: 'Invoices' },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'kind', 'booking', 'customer', 'total', 'issueDate', 'dueDate'],
    listSearchableFields: ['number'],
  },
  access: { create: nobody, read: ownInvoices, update: nobody, delete: nobody },
  defaultSort: '-issueDate',
  // Per booking, one invoice and at most one credit note per correction round, whatever races: round
  // 0 is the first invoice (and the credit note that reverses it), round 1 the invoice that corrected
  // it, and so on.
  indexes: [{ fields: ['booking', 'kind', 'correction'], unique: true }],
  endpoints: [
    issueInvoiceEndpoint,
    correctInvoiceEndpoint,
    namedDownloadEndpoint({ collection: slugs.invoices, humanName: invoiceDownloadName }),
  ],
  hooks: { beforeChange: [refuseChanges] },
  upload: {
    staticDir: path.join(env.privateFilesDir, slugs.invoices),
    mimeTypes: ['application/pdf'],
    modifyResponseHeaders: privateFileHeaders,
    handlers: [auditDownload({ collection: slugs.invoices, action: 'invoice.downloaded' })],
  },
  fields: [
    { name: 'number', type: 'text', required: true, unique: true, admin: readOnly },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'invoice',
      options: [
        { label: 'Invoice', value: 'invoice' },
        { label: 'Credit note', value: 'credit_note' },
      ],
      admin: readOnly,
    },
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      required: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'creditFor',
      type: 'relationship',
      relationTo: slugs.invoices,
      admin: { readOnly: true, condition: (data) => data?.kind === 'credit_note' },
    },
    {
      // Which correction round the document belongs to: 0 for the booking's first invoice and the
      // credit note reversing it, n for the invoice that replaced round n − 1's (and its credit note).
      name: 'correction',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      admin: readOnly,
    },
    {
      // The invoice this one replaced after a correction (which a credit note reversed).
      name: 'replaces',
      type: 'relationship',
      relationTo: slugs.invoices,
      admin: { readOnly: true, condition: (data) => data?.kind === 'invoice' && !!data?.replaces },
    },
    { name: 'issueDate', type: 'date', required: true, index: true, admin: readOnly },
    { name: 'dueDate', type: 'date', required: true, admin: readOnly },
    {
      name: 'seller',
      type: 'group',
      fields: partyFields([
        { name: 'kvk', type: 'text', admin: readOnly },
        { name: 'iban', type: 'text', admin: readOnly },
      ]),
    },
    { name: 'buyer', type: 'group', fields: partyFields() },
    {
      name: 'lines',
      type: 'array',
      admin: readOnly,
      fields: [
        { name: 'description', type: 'text', required: true, admin: readOnly },
        { name: 'quantity', type: 'number', required: true, admin: readOnly },
        amount('unitCents', 'Unit price'),
        amount('amountCents', 'Amount'),
      ],
    },
    amount('subtotal'),
    { name: 'vatRatePercent', type: 'number', required: true, admin: readOnly },
    amount('vatAmount', 'VAT'),
    amount('total'),
    {
      name: 'vatTreatment',
      type: 'select',
      required: true,
      options: [
        { label: 'Dutch VAT', value: 'domestic' },
        { label: 'EU reverse charge', value: 'reverse_charge' },
        { label: 'Export (outside the EU)', value: 'export' },
      ],
      admin: readOnly,
    },
    { name: 'vatNote', type: 'textarea', admin: readOnly },
    {
      // The customer's language when the document was issued; its PDF is in this language and stays
      // so. Empty on documents issued before languages were recorded (their PDFs are English).
      name: 'language',
      type: 'select',
      options: [
        { label: 'Dutch', value: 'nl' },
        { label: 'English', value: 'en' },
      ],
      admin: readOnly,
    },
  ],
}
