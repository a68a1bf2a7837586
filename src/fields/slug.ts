import type { TextField } from 'payload'

import { inRequestLanguage } from '@/i18n/adminLabels'

export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

/** A unique URL slug, derived from `from` when left empty. */
export const slugField = ({
  from,
  ...overrides
}: Partial<TextField> & { from: string }): TextField =>
  ({
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: `Used in the URL; filled from ${from} when empty.` },
    validate: (
      value: string | null | undefined,
      { req }: { req?: { i18n?: { language?: string } } },
    ) =>
      typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
        ? true
        : inRequestLanguage(req, {
            en: 'Use lowercase letters, digits and single dashes.',
            nl: 'Gebruik kleine letters, cijfers en losse streepjes.',
          }),
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          const source = data?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    ...overrides,
  }) as TextField
