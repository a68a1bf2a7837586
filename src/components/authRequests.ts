import type { Locale } from '@/i18n/locales'
import type { AuthRequest, FormProblem, ProblemTranslator } from '@/lib/authErrors'
import { authProblems } from '@/lib/authErrors'

/** What an account request gave: the account's role when it logged someone in, or the problems. */
export type AuthResult = { ok: true; role: string | null } | { ok: false; problems: FormProblem[] }

/** The page's language (sent as Accept-Language, so the API's sentences match it) and its sentences. */
export type AuthContext = { locale: Locale; t: ProblemTranslator }

const postJson = async (
  request: AuthRequest,
  url: string,
  body: Record<string, string>,
  { locale, t }: AuthContext,
): Promise<AuthResult> => {
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify(body),
    })
  } catch {
    return { ok: false, problems: [{ message: t('network') }] }
  }
  const json: unknown = await res.json().catch(() => null)
  if (res.ok) {
    const role = (json as { user?: { role?: unknown } } | null)?.user?.role
    return { ok: true, role: typeof role === 'string' ? role : null }
  }
  return { ok: false, problems: authProblems({ status: res.status, body: json, request, t }) }
}

/**
 * Logs in through Payload's REST API; on success the response sets the auth cookie and the result
 * carries the account's role (for `landingPath`). Problems come in the page's language.
 */
export const logIn = (
  credentials: { email: string; password: string },
  context: AuthContext,
): Promise<AuthResult> => postJson('login', '/api/users/login', credentials, context)

/**
 * Creates a customer account (the server decides the role) whose language (`locale`, used for its
 * emails and invoices) is the page's, then logs it in.
 */
export const register = async (
  data: { name: string; email: string; password: string },
  context: AuthContext,
): Promise<AuthResult> => {
  const created = await postJson(
    'register',
    '/api/users',
    { ...data, locale: context.locale },
    context,
  )
  if (!created.ok) return created
  return logIn({ email: data.email, password: data.password }, context)
}

/** Asks for a reset link; the server answers the same whether or not the address has an account. */
export const requestPasswordReset = (email: string, context: AuthContext): Promise<AuthResult> =>
  postJson('forgotPassword', '/api/users/forgot-password', { email }, context)

/**
 * Sets a new password with the emailed token. Payload's answer sets the auth cookie, so the person
 * is logged in afterwards; the result carries their role. A used or expired token gives a problem
 * with code `resetLinkUsed`.
 */
export const resetPassword = (
  data: { token: string; password: string },
  context: AuthContext,
): Promise<AuthResult> => postJson('resetPassword', '/api/users/reset-password', data, context)
