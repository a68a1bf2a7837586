import { APIError } from 'payload'

import { isSentence, renderSentence, type Sentence } from './sentence'

/** The HTTP statuses a refusal of client input may carry (RFC 9110 §15.5). */
export type UserErrorStatus =
  400 | 401 | 403 | 404 | 405 | 409 | 410 | 412 | 413 | 415 | 416 | 422 | 429

/** The `name` every UserError carries; the production bundle keeps string literals, not class names. */
export const USER_ERROR_NAME = 'UserError'

/**
 * A refusal a person can act on: `sentence` says why (a key of the `errors` catalogue with its
 * values), `status` is the 4xx that goes with it, `data` optional machine-readable detail. Throw it
 * from hooks, endpoints, pages and server actions:
 *
 *     throw new UserError({ key: 'booking.notFound' }, 404)
 *     throw new UserError({ key: 'upload.tooLarge', values: { mb: 25 } }, 413)
 *
 * `message` (what logs and the Local API see) is the English sentence. The REST answer,
 * `{"errors":[{"name":"UserError","message":…,"data":{"key":…,…}}]}` with `status`, carries the
 * sentence in the request's language (`keepErrorSentence`, `requestLocale`) and the key in
 * `data.key`, so clients can tell refusals apart without reading sentences. A plain string is still
 * accepted for a sentence not (yet) in the catalogue; it is answered as it is, in every language.
 *
 * Why not a bare `APIError`: Payload's error formatter keeps a message only for errors that carry
 * `data` or a non-empty `name`, and `APIError` takes its name from `this.constructor.name`, which
 * the minified production server bundle renames — so every sentence became "An unknown error
 * occurred." A literal name survives minification, and `isUserError` checks the name, not
 * `instanceof` (which fails across bundles). Logged at info level without a stack (payload.config).
 */
export class UserError extends APIError {
  /** The refusal before it is written in a language; null for a plain-string sentence. */
  readonly sentence: Sentence | null

  constructor(
    sentence: Sentence | string,
    status: UserErrorStatus,
    data?: Record<string, unknown>,
  ) {
    const known = isSentence(sentence) ? sentence : null
    super(
      known ? renderSentence(known, 'en') : (sentence as string),
      status,
      known ? { key: known.key, ...data } : (data ?? null),
      true,
    )
    this.name = USER_ERROR_NAME
    this.sentence = known
  }
}

/** True for a UserError from any bundle (compares the literal name, never the class). */
export const isUserError = (error: unknown): error is UserError =>
  typeof error === 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === USER_ERROR_NAME &&
  typeof (error as { status?: unknown }).status === 'number'
