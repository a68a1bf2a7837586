import { LOGIN_LOCKOUT } from '@/domain/authLimits'
import type { Messages } from '@/i18n/messages'

/**
 * A problem to show on an account form: a sentence, the field it is about, and — where the form
 * offers a way out — what kind it is (`emailTaken` links to the login page, `resetLinkUsed` to a
 * new reset link). Forms branch on `code`, never on the sentence, which is in the page's language.
 */
export type FormProblem = {
  message: string
  field?: 'email' | 'password' | 'name'
  code?: 'emailTaken' | 'resetLinkUsed'
}

/** The keys of the `auth.problems` catalogue (src/i18n/messages/<locale>/auth.json). */
export type ProblemKey = keyof Messages['auth']['problems']

/**
 * Sentences from the `auth.problems` catalogue in the page's language: next-intl's
 * `useTranslations('auth.problems')` on the site, `translatorFor(locale, 'auth')` in tests.
 */
export type ProblemTranslator = (
  key: ProblemKey,
  values?: Record<string, string | number>,
) => string

/** Which account request answered: decides what a 401 or 403 means. */
export type AuthRequest = 'login' | 'register' | 'forgotPassword' | 'resetPassword'

type PayloadErrorBody = {
  errors?: {
    message?: string
    data?: { errors?: { message?: string; path?: string }[] }
  }[]
}

const fieldOf = (path: string | undefined): FormProblem['field'] =>
  path === 'email' || path === 'password' || path === 'name' ? path : undefined

/**
 * Turns a Payload REST error answer of `/api/users/login`, `POST /api/users`,
 * `/api/users/forgot-password` or `/api/users/reset-password` into sentences a person can act on,
 * in the page's language (`t`). Input: the HTTP status, the parsed JSON body (or null), which
 * request it was, the translator. Output: at least one problem; never throws.
 * - 401 on login: wrong email or password. A locked account answers exactly like a wrong password
 *   (so nobody can tell which accounts exist), hence the lockout (`LOGIN_LOCKOUT`) is mentioned.
 * - 403 on reset-password: Payload's "Token is either invalid or has expired" — the link was used
 *   or is older than an hour (`resetLinkUsed`, the form then offers a new link).
 * - 429: the server's own sentence (it says how long to wait; the API answers in the request's
 *   language), else a general one.
 * - A validation error: one problem per field; "already registered" (Payload's words in English or
 *   Dutch) becomes `emailTaken`.
 * - Any other 4xx: the server's sentences as they are; a 5xx or an empty answer: a general one.
 */
export const authProblems = ({
  status,
  body,
  request,
  t,
}: {
  status: number
  body: unknown
  request: AuthRequest
  t: ProblemTranslator
}): FormProblem[] => {
  const errors = (body as PayloadErrorBody | null)?.errors ?? []
  const messages = errors.map((e) => e.message ?? '').filter(Boolean)

  if (status === 401 && request === 'login') {
    return [
      {
        message: t('wrongPassword', {
          attempts: LOGIN_LOCKOUT.attempts,
          minutes: LOGIN_LOCKOUT.minutes,
        }),
      },
    ]
  }
  if (status === 403 && request === 'resetPassword') {
    return [{ message: t('resetLinkUsed'), code: 'resetLinkUsed' }]
  }
  if (status === 429) {
    return [{ message: messages[0] || t('tooManyAttempts') }]
  }

  const fieldErrors = errors.flatMap((e) => e.data?.errors ?? [])
  if (fieldErrors.length > 0) {
    return fieldErrors.map((fe) => {
      const field = fieldOf(fe.path)
      // Payload answers in the request's language (its admin i18n: English or Dutch).
      if (field === 'email' && /already registered|al geregistreerd/i.test(fe.message ?? '')) {
        return { field, message: t('emailTaken'), code: 'emailTaken' as const }
      }
      return { field, message: fe.message || t('invalidValue') }
    })
  }
  if (status >= 500 || messages.length === 0) {
    return [{ message: t('serverError') }]
  }
  return messages.map((message) => ({ message }))
}

/** Roughly what a browser accepts in an `type="email"` field: something@something.something. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * The account forms' own input checks, before anything is sent, with sentences from the catalogue
 * (the forms set `noValidate`: a browser's built-in bubbles speak the browser's language, not the
 * page's). Checks only the fields given: a name and email that are filled in, an email shaped like
 * one, a password present — and for a new password (`newPassword: true`) at least
 * `minPasswordLength` code points, the same count the server's rule uses (`passwordProblem`, which
 * checks the rest) — and a repeated password that matches. Input: the values and the translator.
 * Output: the problems, empty when the form may be sent. Pure.
 */
export const inputProblems = ({
  values,
  newPassword = false,
  minPasswordLength,
  t,
}: {
  values: { name?: string; email?: string; password?: string; confirm?: string }
  newPassword?: boolean
  minPasswordLength: number
  t: ProblemTranslator
}): FormProblem[] => {
  const problems: FormProblem[] = []
  const { name, email, password, confirm } = values
  if (name !== undefined && name.trim() === '') {
    problems.push({ field: 'name', message: t('nameMissing') })
  }
  if (email !== undefined) {
    if (email.trim() === '') problems.push({ field: 'email', message: t('emailMissing') })
    else if (!EMAIL_SHAPE.test(email.trim())) {
      problems.push({ field: 'email', message: t('emailInvalid') })
    }
  }
  if (password !== undefined) {
    if (password === '') problems.push({ field: 'password', message: t('passwordMissing') })
    else if (newPassword && [...password].length < minPasswordLength) {
      problems.push({
        field: 'password',
        message: t('passwordTooShort', { min: minPasswordLength }),
      })
    } else if (confirm !== undefined && confirm !== password) {
      problems.push({ field: 'password', message: t('passwordsDiffer') })
    }
  }
  return problems
}
