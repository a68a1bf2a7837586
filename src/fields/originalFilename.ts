import type { Field } from 'payload'

import { nobodyField } from '@/access/nobodyField'

/**
 * The name the uploader gave the file (the stored `filename` is random and ASCII). Written only by
 * the `keepOriginalFilename` hook, which overwrites anything a client sends; never changed later.
 */
export const originalFilenameField = (): Field => ({
  name: 'originalFilename',
  type: 'text',
  access: { update: nobodyField },
  admin: { readOnly: true, description: 'The name the file had when it was uploaded.' },
})
