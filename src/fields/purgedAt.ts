import type { Field } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'

/**
 * When the retention job deleted this document's file (src/jobs/purgeExpiredFiles.ts); empty while
 * the file exists. Written by the server only. The row stays, so the booking's history still names
 * the file.
 */
export const purgedAtField = (): Field => ({
  name: 'purgedAt',
  type: 'date',
  index: true,
  access: { create: adminFieldOnly, update: adminFieldOnly },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'The file was deleted under the retention policy at this time.',
  },
})
