import type { Field } from 'payload'

/** The admin component for every JSON field (see src/components/admin/JsonView.tsx for why). */
export const JSON_VIEW = '@/components/admin/JsonView#JsonView'

/**
 * `fields` with every JSON field, at any depth (groups, arrays, rows, collapsibles, tabs), shown by
 * JsonView instead of Payload's Monaco editor, unless it names a Field component of its own. For
 * collections whose fields Payload writes (payload-jobs). Input and output: Payload field configs.
 */
export const withJsonView = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'json') {
      return {
        ...field,
        admin: {
          ...field.admin,
          components: {
            ...field.admin?.components,
            Field: field.admin?.components?.Field ?? JSON_VIEW,
          },
        },
      }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withJsonView(tab.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withJsonView(field.fields) } as Field
    }
    return field
  })
