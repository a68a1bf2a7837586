'use client'

import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/**
 * A JSON field shown read-only as indented text, in place of Payload's Monaco editor. Monaco is
 * loaded by a copy of its loader bundled inside @payloadcms/ui from cdn.jsdelivr.net, which our
 * Content-Security-Policy refuses (and which would run third-party code in the admin); the JSON
 * fields of 14voices (quote breakdowns, audit details, job logs) are written by the server only.
 * Props: Payload's JSON field client props. Renders the label and the value (`—` when empty).
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path })
  return (
    <div className="field-type json-view">
      <FieldLabel label={field.label ?? field.name} path={path} />
      <pre className="json-view__value">
        {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  )
}
