import { LOGIN_LOCKOUT } from '@/domain/authLimits'

/** A problem to show on the login or register form: a sentence, and the field it is about. */
export type FormProblem = { message: string; field?: 'email' | 'password' | 'name' }

type PayloadErrorBody = {
  errors?: {
    message?: string
    data?: { errors?: { message?: string; path?: string }[] }
  }[]
}

const fieldOf = (path: string | undefined): FormProblem['field'] =>
  path === 'email' || path === 'password' || path === 'name' ? path : undefined

/**
 * Turns a Payload REST error response from `/api/users/login` or `POST /api/users` into
 * sentences a person can act on. A locked account answers 401 exactly like a wrong password (so
 * nobody can tell which accounts exist), hence the lockout is mentioned with every 401. A 429
 * carries the server's sentence, which says how long to wait.
 */
export const authProblems = (status: number, body: unknown): FormProblem[] => {
  const errors = (body as PayloadErrorBody | null)?.errors ?? []
  const messages = errors.map((e) => e.message ?? '')

  if (status === 401) {
    return [
      {
        message: `The email or password is incorrect. After ${LOGIN_LOCKOUT.attempts} wrong passwords an account is locked for ${LOGIN_LOCKOUT.minutes} minutes.`,
      },
    ]
  }
  if (status === 429) {
    return [{ message: messages[0] || 'Too many attempts. Wait a few minutes and try again.' }]
  }

  const fieldErrors = errors.flatMap((e) => e.data?.errors ?? [])
  if (fieldErrors.length > 0) {
    return fieldErrors.map((fe) => {
      const field = fieldOf(fe.path)
      // Payload answers in the request's language (its admin i18n: English or Dutch).
      if (field === 'email' && /already registered|al geregistreerd/i.test(fe.message ?? '')) {
        return { field, message: 'An account with this email already exists. Log in instead.' }
      }
      return { field, message: fe.message || 'This value is not valid.' }
    })
  }
  if (status >= 500 || messages.length === 0) {
    return [{ message: 'Something went wrong on our side. Please try again.' }]
  }
  return messages.map((message) => ({ message }))
}
