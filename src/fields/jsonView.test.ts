import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { JSON_VIEW, withJsonView } from './jsonView'

const componentOf = (field: Field | undefined): unknown =>
  field && 'admin' in field
    ? (field.admin as { components?: { Field?: unknown } })?.components?.Field
    : undefined

describe('withJsonView', () => {
  it('should show a top-level JSON field with JsonView', () => {
    const [field] = withJsonView([{ name: 'input', type: 'json' }])
    expect(componentOf(field)).toBe(JSON_VIEW)
  })

  it('should show a JSON field inside an array with JsonView', () => {
    const [log] = withJsonView([
      { name: 'log', type: 'array', fields: [{ name: 'output', type: 'json' }] },
    ])
    expect(componentOf((log as { fields: Field[] }).fields[0])).toBe(JSON_VIEW)
  })

  it('should keep a Field component a JSON field names itself', () => {
    const own = '@/components/admin/Other#Other'
    const [field] = withJsonView([
      { name: 'x', type: 'json', admin: { components: { Field: own } } },
    ])
    expect(componentOf(field)).toBe(own)
  })

  it('should leave other fields as they are', () => {
    const text: Field = { name: 'title', type: 'text' }
    expect(withJsonView([text])).toEqual([text])
  })
})
