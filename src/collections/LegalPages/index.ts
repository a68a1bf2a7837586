import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOrPublished } from '@/access/adminOrPublished'
import { legalPageKinds } from '@/domain/legal'
import { locales } from '@/i18n/locales'
import { slugs } from '@/slugs'

import { refuseDuplicatePage } from './hooks/refuseDuplicatePage'

/**
 * The terms of service, privacy policy and contact page, one document per kind and language, edited
 * by the agency in the admin (rich text) and shown at `/[locale]/terms`, `/privacy` and `/contact`.
 * Drafts let an admin prepare a change and publish it at once; only published pages are public.
 * A booking records the `version` of the terms its customer accepted (`termsAcceptance`).
 */
export const LegalPages: CollectionConfig = {
  slug: slugs.legalPages,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'language', 'version', '_status', 'updatedAt'],
    description:
      'Terms of service, privacy policy and contact page on the site, one per kind and language. Raise the version when the terms change in substance: new bookings record the version their customer accepted.',
  },
  access: {
    read: adminOrPublished,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
    readVersions: adminOnly,
  },
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'kind',
  indexes: [{ fields: ['kind', 'language'], unique: true }],
  hooks: { beforeValidate: [refuseDuplicatePage] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: legalPageKinds.map((k) => ({ label: k, value: k })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: locales.map((l) => ({ label: l, value: l })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'version',
      type: 'text',
      required: true,
      maxLength: 40,
      admin: {
        position: 'sidebar',
        description:
          'E.g. the date the text takes effect: 2026-11-30. Bookings record the terms version their customer accepted.',
      },
    },
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'body',
      type: 'richText',
      required: true,
      // Headings, lists, links and text formats; no uploads or relationships (the upload picker would
      // list every upload collection, the private scripts and invoices included).
      editor: lexicalEditor({
        features: ({ defaultFeatures }) =>
          defaultFeatures.filter((f) => f.key !== 'upload' && f.key !== 'relationship'),
      }),
    },
  ],
}
