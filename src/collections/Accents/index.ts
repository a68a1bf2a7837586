import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOrActive } from '@/access/adminOrActive'
import { ACCENT_ID_PATTERN } from '@/domain/vocabulary'
import { slugs } from '@/slugs'

import { refreshSearchAfterVocabularyChange } from '../Languages/hooks/refreshSearch'

/** Accents within a language (Flemish, British RP…), managed by the agency. The id is a URL slug. */
export const Accents: CollectionConfig = {
  slug: slugs.accents,
  admin: {
    useAsTitle: 'nameEn',
    defaultColumns: ['id', 'nameEn', 'nameNl', 'language', 'active'],
    description: 'Accents artists can be found by in the catalog.',
  },
  access: { read: adminOrActive, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'nameEn',
  hooks: { afterChange: [refreshSearchAfterVocabularyChange] },
  fields: [
    {
      name: 'id',
      type: 'text',
      required: true,
      label: 'Key',
      validate: (value: unknown) =>
        typeof value === 'string' && ACCENT_ID_PATTERN.test(value)
          ? true
          : 'Lower-case letters, digits and hyphens: british-rp.',
      admin: { description: 'Lower-case letters, digits and hyphens, used in links: british-rp.' },
    },
    { name: 'nameEn', type: 'text', required: true, maxLength: 80 },
    { name: 'nameNl', type: 'text', required: true, maxLength: 80 },
    { name: 'language', type: 'relationship', relationTo: slugs.languages, index: true },
    { name: 'active', type: 'checkbox', required: true, defaultValue: true, index: true },
  ],
}
