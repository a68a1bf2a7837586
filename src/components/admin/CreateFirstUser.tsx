import { CreateFirstUserView } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'

import { env } from '@/env'

/**
 * The admin panel's create-first-user view, which Payload shows while the users table is empty.
 * Outside production: Payload's own form (the first account becomes the admin). In production the
 * web never creates the first admin (`refuseFirstRegister`), so the page says how the operator
 * does: ADMIN_EMAIL and ADMIN_PASSWORD at start, or `npm run create-admin`.
 */
export const CreateFirstUser = (props: AdminViewServerProps) => {
  if (!env.isProduction) return <CreateFirstUserView {...props} />
  return (
    <div style={{ maxWidth: '36rem' }}>
      <h1>No admin account yet</h1>
      <p>
        This installation has no accounts. In production the first admin is not created through this
        page: whoever runs the server sets <code>ADMIN_EMAIL</code> and <code>ADMIN_PASSWORD</code>{' '}
        and restarts it, or runs <code>npm run create-admin</code> with the same database settings.
        Then reload this page to sign in.
      </p>
    </div>
  )
}
