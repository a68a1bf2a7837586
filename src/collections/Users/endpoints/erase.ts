import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, createLocalReq } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { withTransaction } from '@/db/withTransaction'
import { UserError } from '@/errors/UserError'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

import { eraseAccount } from '../eraseAccount'

/** The answer to a successful erase. */
export const ERASED_MESSAGE =
  'Your account has been deleted. Bookings and invoices the agency must keep no longer carry your name or contact details.'

/**
 * Re-checks `password` for `email` with Payload's own login (same hash check, and a wrong password
 * counts towards the account's lockout like a failed login). On a request of its own, outside any
 * transaction, so a failure's count survives. Throws UserError 401 on a wrong password or a locked
 * account; rethrows anything else.
 */
const confirmPassword = async (req: PayloadRequest, email: string, password: string) => {
  try {
    await req.payload.login({
      collection: slugs.users,
      data: { email, password },
      req: await createLocalReq({}, req.payload),
    })
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 401 || status === 423)
      throw new UserError({ key: 'auth.erasePasswordWrong' }, 401)
    throw error
  }
}

/**
 * `POST /api/users/erase` with `{"password": "<current password>"}` — "Delete my account". 401 when
 * not logged in or the password is wrong (rate limited as the `erase` account action, 429); 400
 * without a password; 409 for the last admin or an artist with active bookings (see
 * `eraseAccount`). On success 200 `{message}` and the auth cookie expired: the session is gone.
 */
export const eraseEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'auth.logInToErase' }, 401)
    await addDataAndFileToRequest(req)
    const password = (req.data as { password?: unknown } | undefined)?.password
    if (typeof password !== 'string' || password === '') {
      throw new UserError({ key: 'auth.erasePasswordNeeded' }, 400)
    }
    const user = req.user as unknown as User
    await confirmPassword(req, user.email, password)
    await withTransaction(req, () => eraseAccount({ req, user }))
    const auth = req.payload.collections[slugs.users].config.auth
    const cookie = generateExpiredPayloadCookie({
      collectionAuthConfig: auth,
      cookiePrefix: req.payload.config.cookiePrefix,
    })
    return Response.json(
      { message: ERASED_MESSAGE },
      { status: 200, headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } },
    )
  },
}
