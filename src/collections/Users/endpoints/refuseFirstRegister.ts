import type { Endpoint } from 'payload'

/** The sentence `POST /api/users/first-register` answers in production. */
export const FIRST_REGISTER_REFUSAL =
  'The first admin account is not registered through the web in production. The operator sets ADMIN_EMAIL and ADMIN_PASSWORD (created at start) or runs `npm run create-admin`.'

/**
 * Replaces Payload's `POST /api/users/first-register` in production (custom endpoints are matched
 * before Payload's own): 403 with `FIRST_REGISTER_REFUSAL`, whatever the body and however many
 * users exist. On an empty database that route would otherwise make whoever calls it first the admin.
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: FIRST_REGISTER_REFUSAL }] }, { status: 403 }),
}
