import { APIError } from 'payload'

/** The HTTP statuses a refusal of client input may carry (RFC 9110 §15.5). */
export type UserErrorStatus =
  400 | 401 | 403 | 404 | 405 | 409 | 410 | 412 | 413 | 415 | 416 | 422 | 429

/** The `name` every UserError carries; the production bundle keeps string literals, not class names. */
export const USER_ERROR_NAME = 'UserError'

/**
 * A refusal a person can act on: `message` is the sentence shown to them, `status` the 4xx that goes
 * with it, `data` optional machine-readable detail. Throw it from hooks, endpoints, pages and server
 * actions; the REST answer is `{"errors":[{"name":"UserError","message":…,"data"?:…}]}` with `status`.
 *
 * Why not a bare `APIError`: Payload's error formatter keeps a message only for errors that carry
 * `data` or a non-empty `name`, and `APIError` takes its name from `this.constructor.name`, which
 * the minified production server bundle renames — so every sentence became "An unknown error
 * occurred." A literal name survives minification, and `isUserError` checks the name, not
 * `instanceof` (which fails across bundles). Logged at info level without a stack (payload.config).
 */
export class UserError extends APIError {
  constructor(message: string, status: UserErrorStatus, data?: Record<string, unknown>) {
    super(message, status, data ?? null, true)
    this.name = USER_ERROR_NAME
  }
}

/** True for a UserError from any bundle (compares the literal name, never the class). */
export const isUserError = (error: unknown): error is UserError =>
  typeof error === 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === USER_ERROR_NAME &&
  typeof (error as { status?: unknown }).status === 'number'
