/**
 * How often the account endpoints may be tried, per client address and per account (OWASP ASVS 5.0
 * §6.3.1: throttling against credential stuffing and password brute force, without letting a third
 * party lock an account for good). One table for every limit; `scaledAuthLimits` applies the
 * operator's factors (env `RATE_LIMIT_ADDRESS_FACTOR`, `RATE_LIMIT_ACCOUNT_FACTOR`). Pure.
 */
import type { Sentence } from '@/errors/sentence'

export type AuthAction =
  | 'login'
  | 'register'
  | 'forgotPassword'
  | 'resetPassword'
  | 'unlock'
  | 'firstRegister'
  | 'erase'
  | 'emailChange'
  | 'confirmEmailChange'

/** `points` attempts per `seconds`, counted from the first attempt of the window. */
export type LimitWindow = { points: number; seconds: number }

/**
 * `perAccount` is keyed by the email address in the request (lower-cased, trimmed); for login it
 * counts failures only (a successful login clears it), for the others every request.
 */
export type ActionLimits = { perAddress: LimitWindow; perAccount?: LimitWindow }

const MINUTE = 60
const HOUR = 60 * MINUTE

export const DEFAULT_AUTH_LIMITS: Record<AuthAction, ActionLimits> = {
  login: {
    perAddress: { points: 100, seconds: 15 * MINUTE },
    perAccount: { points: 10, seconds: 15 * MINUTE },
  },
  register: { perAddress: { points: 20, seconds: HOUR } },
  forgotPassword: {
    perAddress: { points: 20, seconds: HOUR },
    perAccount: { points: 5, seconds: HOUR },
  },
  // Reset tokens are 160 random bits: guessing one is hopeless, so only the address is limited.
  resetPassword: { perAddress: { points: 20, seconds: HOUR } },
  unlock: {
    perAddress: { points: 30, seconds: 15 * MINUTE },
    perAccount: { points: 10, seconds: 15 * MINUTE },
  },
  firstRegister: { perAddress: { points: 10, seconds: HOUR } },
  // Deleting one's account re-checks the password: a stolen session must not get unlimited guesses.
  // The account is the caller's session, not an email in the body, so the per-account brake is
  // Payload's lockout (each wrong password counts as a failed login).
  erase: { perAddress: { points: 10, seconds: 15 * MINUTE } },
  // Asking to change one's email re-checks the password and sends two emails: as erase, limited
  // per address (the account is the session's; the body names no account to key on).
  emailChange: { perAddress: { points: 10, seconds: 15 * MINUTE } },
  // Confirmation tokens are 256 random bits: as reset tokens, only the address is limited.
  confirmEmailChange: { perAddress: { points: 20, seconds: HOUR } },
}

/**
 * Payload's own lockout (Users collection `maxLoginAttempts`/`lockTime`), on top of the limits:
 * after `attempts` wrong passwords in a row the account refuses every login for `minutes`. It
 * answers like a wrong password, so the login form mentions it with every 401.
 */
export const LOGIN_LOCKOUT = { attempts: 5, minutes: 10 } as const

/**
 * The sentence of every forgot-password answer naming an email, whether or not an account has it
 * (answered as `{"message": …}` in the request's language).
 */
export const FORGOT_PASSWORD_SENTENCE: Sentence = { key: 'auth.forgotPasswordAnswer' }

/** The key every request without a trustworthy client address shares (see `requestClientAddress`). */
export const UNKNOWN_ADDRESS = 'unknown-address'

const scale = (window: LimitWindow, factor: number): LimitWindow => ({
  ...window,
  points: Math.max(1, Math.round(window.points * factor)),
})

/**
 * The limits with every per-address window multiplied by `addressFactor` and every per-account one
 * by `accountFactor` (each rounded, at least 1 attempt). Input: two positive numbers (1 = the
 * defaults). Output: a new table; the defaults are untouched.
 */
export const scaledAuthLimits = ({
  addressFactor,
  accountFactor,
}: {
  addressFactor: number
  accountFactor: number
}): Record<AuthAction, ActionLimits> =>
  Object.fromEntries(
    Object.entries(DEFAULT_AUTH_LIMITS).map(([action, limits]) => [
      action,
      {
        perAddress: scale(limits.perAddress, addressFactor),
        ...(limits.perAccount ? { perAccount: scale(limits.perAccount, accountFactor) } : {}),
      },
    ]),
  ) as Record<AuthAction, ActionLimits>

const ROUTES: Record<string, AuthAction> = {
  '': 'register',
  login: 'login',
  'forgot-password': 'forgotPassword',
  'reset-password': 'resetPassword',
  unlock: 'unlock',
  'first-register': 'firstRegister',
  erase: 'erase',
  'email-change': 'emailChange',
  'email-change/confirm': 'confirmEmailChange',
}

/**
 * Which limited account action a REST request is, from its method and path: `POST /api/<users>` is
 * registration, `POST /api/<users>/login` a login, and so on. A POST carrying Payload's method
 * override (`X-Payload-HTTP-Method-Override: GET` or `X-HTTP-Method-Override: GET`) is a read — the
 * admin panel looks users up that way — and no action. Input: the HTTP method, the override header's
 * value (or null), the URL path and the auth collection's slug. Output: the action, or null for
 * every other request.
 */
export const authActionFor = ({
  method,
  methodOverride = null,
  pathname,
  usersSlug,
}: {
  method: string
  methodOverride?: string | null
  pathname: string
  usersSlug: string
}): AuthAction | null => {
  if (method !== 'POST' || methodOverride === 'GET') return null
  const prefix = `/api/${usersSlug}`
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null
  const rest = pathname.slice(prefix.length).replace(/^\/|\/$/g, '')
  return Object.hasOwn(ROUTES, rest) ? ROUTES[rest]! : null
}

/**
 * The per-account key for an email address as Payload compares it (lower-cased, trimmed). Input:
 * whatever the request sent as `email`. Output: the key, or null when it is not a non-empty string
 * of at most 320 characters (RFC 5321's limit) — such a request fails validation anyway and is
 * limited per address only.
 */
export const accountKey = (email: unknown): string | null => {
  if (typeof email !== 'string') return null
  const key = email.trim().toLowerCase()
  return key && key.length <= 320 ? key : null
}

/**
 * The `Retry-After` value (RFC 9110 §10.2.3, whole seconds, at least 1) for a limiter's
 * `msBeforeNext` (milliseconds until the window frees an attempt).
 */
export const retryAfterSeconds = (msBeforeNext: number): number =>
  Math.max(1, Math.ceil(msBeforeNext / 1000))

/**
 * The sentence of a 429 answer: what was tried too often and how long to wait (rounded up to whole
 * minutes from one minute on), and for logins where to go instead. Input: the action and the
 * Retry-After seconds. Output: a `Sentence` (`auth.tooManyAttempts`), written in the reader's
 * language by whoever answers.
 */
export const tooManyAttemptsSentence = ({
  action,
  retryAfter,
}: {
  action: AuthAction
  retryAfter: number
}): Sentence =>
  retryAfter < 60
    ? { key: 'auth.tooManyAttempts', values: { action, unit: 'seconds', amount: retryAfter } }
    : {
        key: 'auth.tooManyAttempts',
        values: { action, unit: 'minutes', amount: Math.ceil(retryAfter / 60) },
      }
