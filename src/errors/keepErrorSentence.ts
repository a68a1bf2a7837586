import type { AfterErrorHook } from 'payload'
import { AuthenticationError } from 'payload'

import { currentRequestContext } from '@/http/requestContext'
import type { Locale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/requestLocale'

import { isSentence, renderSentence } from './sentence'
import { isUserError, USER_ERROR_NAME } from './UserError'

type FieldProblem = { path?: string; field?: string; label?: string; message?: string }

const humanPath = (path: string) =>
  path
    .split('.')
    .pop()!
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()

/**
 * The sentence a person should read for `error`, in `locale`: a UserError's catalogue sentence
 * (`error.sentence`, read by shape — the class may come from another bundle), else its own
 * message, except for Payload's field validation errors, whose top-level message ("The following
 * field is invalid: file") hides the reason in `data.errors` — there the reasons are the sentence
 * ("file" problems as they are, other fields prefixed with the field's name); those reasons are
 * already in the request's language (Payload's `req.t`, our validators' `sentenceFor(req, …)`).
 * Pure; exported for tests.
 */
export const userFacingMessage = (
  error: { message?: unknown; data?: unknown; sentence?: unknown },
  locale: Locale = 'en',
): string => {
  if (isSentence(error.sentence)) return renderSentence(error.sentence, locale)
  const problems = (error.data as { errors?: FieldProblem[] } | null | undefined)?.errors
  if (Array.isArray(problems) && problems.length > 0 && problems.every((p) => p?.message)) {
    return problems
      .map((p) => {
        const path = p.path ?? p.field ?? ''
        const message = String(p.message).trim()
        return !path || path === 'file' ? message : `${p.label ?? humanPath(path)}: ${message}`
      })
      .join(' ')
  }
  return typeof error.message === 'string' && error.message
    ? error.message
    : renderSentence({ key: 'common.somethingWrong' }, locale)
}

/**
 * Sets `Retry-After` (whole seconds) on the error answer when a 4xx carries `data.retryAfterSeconds`
 * (quota refusals, see `quotaExceeded`). Payload's route error handler merges `req.responseHeaders`
 * into the answer it builds after this hook, so this works for every REST route, wrapped or not.
 */
const setRetryAfter = (req: { responseHeaders?: Headers }, data: unknown): void => {
  const seconds = (data as { retryAfterSeconds?: unknown } | null | undefined)?.retryAfterSeconds
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(Math.ceil(seconds)))
  req.responseHeaders = headers
}

/**
 * Config-level `afterError` hook: every REST error answer keeps its sentence and status in the
 * production build. Payload's formatter drops the message of an error that has no `data` and no
 * `name`, and minification renames (or empties) error class names, so 4xx answers read "An unknown
 * error occurred." Here any error with a 4xx `status` is answered with its own sentence (or the field
 * reasons), and a 5xx answer carries the request id that is also on its single log line, so support
 * can find it — its details stay hidden. A 4xx whose `data.retryAfterSeconds` is set also gets a
 * `Retry-After` header. Payload's "this user is locked" (thrown by the failed login that locks an
 * account) is answered as the wrong password it was: an account that exists must not answer
 * differently from one that doesn't (see answerUnknownLikeWrongPassword).
 * Our own sentences are written in the request's language (`requestLocale`: the user's `locale`,
 * else `Accept-Language`, else Dutch), and a UserError's catalogue key is in `data.key`.
 */
export const keepErrorSentence: AfterErrorHook = ({ error: thrown, req, result }) => {
  // Compared by sentence: class names don't survive minification.
  const error =
    thrown.message === req.t('error:userLocked') ? new AuthenticationError(req.t) : thrown
  const status = Number((error as { status?: unknown }).status) || 500
  const requestId = currentRequestContext()?.requestId
  const locale = requestLocale(req)
  if (status >= 400 && status < 500) {
    const data = (error as { data?: Record<string, unknown> | null }).data
    setRetryAfter(req, data)
    return {
      status,
      response: {
        errors: [
          {
            // Class names are minified in production ("i"); only names we set ourselves mean anything.
            name: isUserError(error)
              ? USER_ERROR_NAME
              : Array.isArray((data as { errors?: unknown } | null)?.errors)
                ? 'ValidationError'
                : undefined,
            message: userFacingMessage(error as { message?: unknown; data?: unknown }, locale),
            ...(data ? { data } : {}),
          },
        ],
      },
    }
  }
  // A public 5xx (e.g. a file store that is down) keeps its sentence; others are hidden.
  const shown = (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message
  const sentence =
    shown && shown !== 'Something went wrong.' && shown !== 'An unknown error occurred.'
      ? shown
      : renderSentence({ key: 'common.serverError' }, locale)
  return {
    status,
    response: {
      ...(result ?? {}),
      errors: [
        {
          message: requestId
            ? renderSentence(
                { key: 'common.quoteRequestId', values: { sentence, requestId } },
                locale,
              )
            : sentence,
        },
      ],
      ...(requestId ? { requestId } : {}),
    },
  }
}
