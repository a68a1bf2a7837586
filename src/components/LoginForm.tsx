'use client'

import { Link } from '@/i18n/navigation'
import { useActionState } from 'react'

import type { FormProblem } from '@/lib/authErrors'

import { logIn } from './authRequests'
import { FormProblems } from './FormProblems'

type State = { email: string; problems: FormProblem[] }

/**
 * Email + password login; `next` is an already validated relative path to return to.
 * A form action (not onSubmit) so a submit before hydration is replayed by React instead of
 * falling back to a native GET that would put the password in the URL.
 */
export const LoginForm = ({ next }: { next: string }) => {
  const [state, formAction, pending] = useActionState(
    async (_previous: State, data: FormData): Promise<State> => {
      const email = String(data.get('email') ?? '').trim()
      const result = await logIn({ email, password: String(data.get('password') ?? '') })
      if (result.ok) {
        // A full navigation, so every server component (the header too) renders as the new user.
        window.location.assign(next)
        return { email, problems: [] }
      }
      return { email, problems: result.problems }
    },
    { email: '', problems: [] },
  )

  const invalid = state.problems.length > 0 || undefined
  const registerHref = next === '/' ? '/register' : `/register?next=${encodeURIComponent(next)}`
  return (
    <form className="form" action={formAction}>
      <FormProblems id="login-problems" problems={state.problems} />
      <div className="form__field">
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={invalid}
          aria-describedby={invalid && 'login-problems'}
        />
      </div>
      <div className="form__field">
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid}
          aria-describedby={invalid && 'login-problems'}
        />
      </div>
      <button type="submit" className="button button--wide" disabled={pending}>
        Log in
      </button>
      <p className="form__alt">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="form__alt">
        New to 14voices? <Link href={registerHref}>Create an account</Link>
      </p>
    </form>
  )
}
