import type { FormProblem } from '@/lib/authErrors'
import { authProblems } from '@/lib/authErrors'

type Result = { ok: true } | { ok: false; problems: FormProblem[] }

const networkProblem: FormProblem[] = [
  { message: 'Could not reach 14voices. Check your connection and try again.' },
]

const postJson = async (url: string, body: Record<string, string>): Promise<Result> => {
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    return { ok: false, problems: networkProblem }
  }
  if (res.ok) return { ok: true }
  const json: unknown = await res.json().catch(() => null)
  return { ok: false, problems: authProblems(res.status, json) }
}

/** Logs in through Payload's REST API; on success the auth cookie is set by the response. */
export const logIn = (credentials: { email: string; password: string }): Promise<Result> =>
  postJson('/api/users/login', credentials)

/** Creates a customer account (the server decides the role), then logs it in. */
export const register = async (data: {
  name: string
  email: string
  password: string
}): Promise<Result> => {
  const created = await postJson('/api/users', data)
  if (!created.ok) return created
  return logIn({ email: data.email, password: data.password })
}

/** Asks for a reset link; Payload answers the same whether or not the address has an account. */
export const requestPasswordReset = (email: string): Promise<Result> =>
  postJson('/api/users/forgot-password', { email })

/** Sets a new password with the emailed token (which also logs the user in). */
export const resetPassword = (data: { token: string; password: string }): Promise<Result> =>
  postJson('/api/users/reset-password', data)
