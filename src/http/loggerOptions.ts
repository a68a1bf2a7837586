import type { Config } from 'payload'
import { defaultLoggerOptions } from 'payload'

import { currentRequestContext } from './requestContext'

type LoggedError = { status?: unknown; message?: unknown; name?: unknown }

const clientErrorIn = (args: unknown[]): LoggedError | undefined => {
  const first = args[0]
  if (!first || typeof first !== 'object') return undefined
  const err = ('err' in first ? (first as { err?: LoggedError }).err : first) as
    LoggedError | undefined
  const status = Number(err?.status)
  return status >= 400 && status < 500 ? err : undefined
}

/**
 * Payload's logger (pino) as 14voices wants it:
 * - every line written while a REST request is served carries its `requestId` (the one a 5xx answer
 *   shows the user), so one failing request is one findable log line;
 * - an error with a 4xx status is the client's mistake, expected: logged at info as one line without
 *   a stack, so real faults are not buried. (Payload picks log levels by error class name, which the
 *   production bundle minifies, so it can't be configured through `loggingLevels` alone.)
 * `level` is PAYLOAD_LOG_LEVEL; output stays pino-pretty as Payload's default.
 */
export const loggerOptions = (level: string): Exclude<Config['logger'], 'sync' | undefined> => ({
  destination: defaultLoggerOptions,
  options: {
    level,
    mixin: () => {
      const requestId = currentRequestContext()?.requestId
      return requestId ? { requestId } : {}
    },
    hooks: {
      logMethod(args, method, levelValue) {
        const clientError = levelValue >= 50 ? clientErrorIn(args) : undefined
        if (clientError) {
          return this.info(
            { status: Number(clientError.status) },
            typeof clientError.message === 'string' ? clientError.message : 'client error',
          )
        }
        return method.apply(this, args as Parameters<typeof method>)
      },
    },
  },
})
