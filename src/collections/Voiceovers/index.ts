import type { CollectionConfig, Field } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { ageRanges, demoCategories, genders, projectTypes, voiceStyles } from '@/domain/catalog'
import { moneyField } from '@/fields/money'
import { slugField } from '@/fields/slug'
import { slugs } from '@/slugs'

import { readActiveOrOwnProfile, updateOwnProfile } from './access'
import {
  revalidateCatalogAfterChange,
  revalidateCatalogAfterDelete,
} from './hooks/revalidateCatalog'
import { refreshSearchAfterChange, removeSearchAfterDelete } from './hooks/refreshSearch'
import { setFromRate } from './hooks/setFromRate'

/** Fields only the agency sets: an artist editing their own profile can't touch these. */
const adminOnlyField = { create: adminFieldOnly, update: adminFieldOnly }

// Indexed: the catalog filters and sorts on the rate of the chosen project type.
const rateFields: Field[] = projectTypes.map((t) => ({
  ...moneyField({ name: t.value, access: adminOnlyField }),
  index: true,
}))

export const Voiceovers: CollectionConfig = {
  slug: slugs.voiceovers,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'active', 'user', 'updatedAt'],
  },
  access: {
    read: readActiveOrOwnProfile,
    create: adminOnly,
    update: updateOwnProfile,
    delete: adminOnly,
  },
  defaultSort: 'name',
  // The catalog's sort orders (src/lib/catalogQuery.ts), each ending in `name` for a stable order.
  indexes: [
    { fields: ['catalogRank', 'name'] },
    { fields: ['fromRateCents', 'name'] },
    { fields: ['turnaroundDays', 'name'] },
  ],
  hooks: {
    beforeChange: [setFromRate],
    afterChange: [refreshSearchAfterChange, revalidateCatalogAfterChange],
    afterDelete: [removeSearchAfterDelete, revalidateCatalogAfterDelete],
  },
  fields: [
    // Indexed for the default sort (`defaultSort: 'name'`): without it PostgreSQL builds the demos,
    // languages, styles and accents of every artist before it can sort and cut the page.
    { name: 'name', type: 'text', required: true, maxLength: 120, index: true },
    slugField({ from: 'name', access: adminOnlyField }),
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      unique: true,
      index: true,
      access: adminOnlyField,
      filterOptions: { role: { equals: 'voiceover' } },
      admin: { position: 'sidebar', description: 'The artist’s login account.' },
    },
    {
      name: 'active',
      type: 'checkbox',
      required: true,
      defaultValue: true,
      index: true,
      access: adminOnlyField,
      admin: { position: 'sidebar', description: 'Inactive artists are hidden from the catalog.' },
    },
    { name: 'tagline', type: 'text', maxLength: 160 },
    { name: 'bio', type: 'textarea', maxLength: 4000 },
    { name: 'photo', type: 'upload', relationTo: slugs.media },
    {
      name: 'demos',
      type: 'array',
      maxRows: 20,
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        { name: 'category', type: 'select', required: true, options: [...demoCategories] },
        { name: 'audio', type: 'upload', relationTo: slugs.media, required: true },
      ],
    },
    {
      name: 'languages',
      type: 'array',
      maxRows: 10,
      fields: [
        {
          name: 'language',
          type: 'relationship',
          relationTo: slugs.languages,
          required: true,
          index: true,
        },
        { name: 'native', type: 'checkbox', defaultValue: false },
      ],
    },
    { name: 'gender', type: 'select', options: [...genders], index: true },
    { name: 'ageRange', type: 'select', options: [...ageRanges], index: true },
    {
      name: 'accents',
      type: 'relationship',
      relationTo: slugs.accents,
      hasMany: true,
      maxRows: 10,
    },
    { name: 'styles', type: 'select', hasMany: true, options: [...voiceStyles] },
    {
      name: 'rates',
      type: 'group',
      admin: { description: 'Base fee per project type.' },
      fields: rateFields,
    },
    {
      name: 'turnaroundDays',
      type: 'number',
      min: 1,
      max: 30,
      defaultValue: 3,
      access: adminOnlyField,
      admin: { description: 'Standard turnaround in working days.' },
    },
    {
      name: 'rushAvailable',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: adminOnlyField,
    },
    {
      name: 'catalogRank',
      type: 'number',
      defaultValue: 100,
      min: 0,
      max: 100000,
      access: adminOnlyField,
      admin: {
        position: 'sidebar',
        description: 'Order under “Recommended” in the catalog: lower comes first.',
      },
    },
    {
      // Always overwritten by the setFromRate hook (so a value sent by a client is ignored): the
      // catalog sorts on it when no project type is chosen.
      name: 'fromRateCents',
      type: 'number',
      admin: { hidden: true, readOnly: true },
    },
  ],
}
