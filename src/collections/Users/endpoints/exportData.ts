import type { Endpoint } from 'payload'

import { agencyDateOf } from '@/domain/time'
import { UserError } from '@/errors/UserError'
import type { User } from '@/payload-types'

import { collectPersonalData } from '../collectPersonalData'

/**
 * `GET /api/users/export` — "Download my data": the caller's personal data as a JSON file
 * (`collectPersonalData`), `Content-Disposition: attachment; filename="14voices-data-<Amsterdam
 * date>.json"`, never cached (`Cache-Control: private, no-store`). 401 with a sentence when not
 * logged in.
 */
export const exportDataEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'auth.logInToExport' }, 401)
    const now = new Date()
    const data = await collectPersonalData({ req, user: req.user as unknown as User, now })
    return new Response(JSON.stringify(data, null, 2), {
      status: 200,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="14voices-data-${agencyDateOf(now)}.json"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
