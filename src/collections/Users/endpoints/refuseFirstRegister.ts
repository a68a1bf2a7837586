import type { Endpoint } from 'payload'

import type { Sentence } from '@/errors/sentence'
import { sentenceFor } from '@/errors/sentenceFor'

/** The sentence `POST /api/users/first-register` answers in production (in the request's language). */
export const FIRST_REGISTER_REFUSAL: Sentence = { key: 'auth.firstRegisterRefused' }

/**
 * Replaces Payload's `POST /api/users/first-register` in production (custom endpoints are matched
 * before Payload's own): 403 with `FIRST_REGISTER_REFUSAL`, whatever the body and however many
 * users exist. On an empty database that route would otherwise make whoever calls it first the admin.
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: (req) =>
    Response.json(
      {
        errors: [
          {
            message: sentenceFor(req, FIRST_REGISTER_REFUSAL),
            data: { key: FIRST_REGISTER_REFUSAL.key },
          },
        ],
      },
      { status: 403 },
    ),
}
