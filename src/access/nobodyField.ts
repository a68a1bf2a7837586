import type { FieldAccess } from 'payload'

/** Field-level: returns `false` — set by the server once, never changed over any API (not even by an admin). */
export const nobodyField: FieldAccess = () => false
