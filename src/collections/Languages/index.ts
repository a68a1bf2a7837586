import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOrActive } from '@/access/adminOrActive'
import { LANGUAGE_ID_PATTERN } from '@/domain/vocabulary'
import { slugs } from '@/slugs'

import { refreshSearchAfterVocabularyChange } from './hooks/refreshSearch'

/**
 * The languages artists record in, managed by the agency. The id is the ISO 639-1 code with an
 * optional region (`nl`, `nl-BE`): it is what catalog URLs and artist profiles refer to.
 */
export const Languages: CollectionConfig = {
  slug: slugs.languages,
  admin: {
    useAsTitle: 'nameEn',
    defaultColumns: ['id', 'nameEn', 'nameNl', 'active'],
    description: 'Languages artists can be found by in the catalog.',
  },
  access: { read: adminOrActive, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'nameEn',
  hooks: { afterChange: [refreshSearchAfterVocabularyChange] },
  fields: [
    {
      name: 'id',
      type: 'text',
      required: true,
      label: 'Code',
      validate: (value: unknown) =>
        typeof value === 'string' && LANGUAGE_ID_PATTERN.test(value)
          ? true
          : 'An ISO 639 code, optionally with a region: nl, en, nl-BE.',
      admin: { description: 'ISO 639 code, optionally with a region: nl, en, nl-BE.' },
    },
    { name: 'nameEn', type: 'text', required: true, maxLength: 80 },
    { name: 'nameNl', type: 'text', required: true, maxLength: 80 },
    { name: 'active', type: 'checkbox', required: true, defaultValue: true, index: true },
  ],
}
