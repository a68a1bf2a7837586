import type { Payload } from 'payload'

import type { Env } from '@/env'
import { slugs } from '@/slugs'

import { ensureAdmin } from './ensureAdmin'

/** The warning a production server logs at start while it has no admin and ADMIN_EMAIL is unset. */
export const NO_ADMIN_WARNING =
  'This database has no admin account, and public registration never creates one in production. ' +
  'Create it: set ADMIN_EMAIL and ADMIN_PASSWORD and restart (the admin is created at start), or run ' +
  '`ADMIN_EMAIL=… ADMIN_PASSWORD=… npm run create-admin` with the same DATABASE_URL.'

/**
 * `onInit` step (issue 11, item 9). In production: when ADMIN_EMAIL and ADMIN_PASSWORD are set,
 * creates that admin if no admin exists (`ensureAdmin`, idempotent and race-safe) and logs what it
 * did; when they are unset and no admin exists, logs `NO_ADMIN_WARNING` once and lets the server start.
 * Outside production it does nothing: the seed makes the demo admin (`npm run dev`) and tests make
 * their own users. A refusal (weak password, email of a non-admin account) is logged as an error and
 * the server still starts, so the public site stays up while the setting is fixed.
 */
export const bootstrapAdmin = async ({
  payload,
  env,
}: {
  payload: Payload
  env: Pick<Env, 'isProduction' | 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>
}): Promise<void> => {
  if (!env.isProduction) return
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    try {
      const result = await ensureAdmin({
        payload,
        email: env.ADMIN_EMAIL,
        password: env.ADMIN_PASSWORD,
      })
      if (result.outcome === 'created') {
        payload.logger.info(`Created the admin account ${result.email} (ADMIN_EMAIL).`)
      }
    } catch (error) {
      payload.logger.error(
        `The admin account from ADMIN_EMAIL was not created: ${(error as Error).message}`,
      )
    }
    return
  }
  // System count at start-up: no user is acting; the question is whether any admin exists.
  const { totalDocs: admins } = await payload.count({
    collection: slugs.users,
    where: { role: { equals: 'admin' } },
    overrideAccess: true,
  })
  if (admins === 0) payload.logger.warn(NO_ADMIN_WARNING)
}
