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
 * sentences a person can act on. Payload answers 401 both for a wrong password and for a
 * locked account, so the message text tells them apart.
 */
export const authProblems = (status: number, body: unknown): FormProblem[] => {
  const errors = (body as PayloadErrorBody | null)?.errors ?? []
  const messages = errors.map((e) => e.message ?? '')

  if (messages.some((m) => /locked/i.test(m))) {
    return [
      {
        message:
          'This account is locked after too many failed attempts. Wait a few minutes and try again.',
      },
    ]
  }
  if (status === 401) return [{ message: 'The email or password is incorrect.' }]
  if (status === 429) return [{ message: 'Too many attempts. Wait a minute and try again.' }]

  const fieldErrors = errors.flatMap((e) => e.data?.errors ?? [])
  if (fieldErrors.length > 0) {
    return fieldErrors.map((fe) => {
      const field = fieldOf(fe.path)
      if (field === 'email' && /already registered/i.test(fe.message ?? '')) {
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
