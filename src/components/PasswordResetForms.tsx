'use client'

import { Link } from '@/i18n/navigation'
import { useRouter } from 'next/navigation'
import { useActionState } from 'react'

import type { FormProblem } from '@/lib/authErrors'

import { requestPasswordReset, resetPassword } from './authRequests'
import { FormProblems } from './FormProblems'
import { MIN_PASSWORD_LENGTH } from '@/domain/password'

type RequestState = { email: string; sent: boolean; problems: FormProblem[] }

/** "Forgot your password?": emails a link to the reset page. Never says whether the account exists. */
export const ForgotPasswordForm = () => {
  const [state, formAction, pending] = useActionState(
    async (_previous: RequestState, data: FormData): Promise<RequestState> => {
      const email = String(data.get('email') ?? '').trim()
      const result = await requestPasswordReset(email)
      return result.ok
        ? { email, sent: true, problems: [] }
        : { email, sent: false, problems: result.problems }
    },
    { email: '', sent: false, problems: [] },
  )
  if (state.sent) {
    return (
      <p role="status" className="notice notice--ok">
        If {state.email} has an account, a link to choose a new password is on its way. It works for
        one hour.
      </p>
    )
  }
  return (
    <form className="form" action={formAction}>
      <FormProblems id="forgot-problems" problems={state.problems} />
      <div className="form__field">
        <label htmlFor="forgot-email">Email</label>
        <input
          id="forgot-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
        />
      </div>
      <button type="submit" className="button button--wide" disabled={pending}>
        Email me a reset link
      </button>
      <p className="form__alt">
        Remembered it? <Link href="/login">Log in</Link>
      </p>
    </form>
  )
}

type ResetState = { problems: FormProblem[] }

const afterReset = '/account/bookings'

/** Choose a new password with the emailed token; logs in and goes to the account on success. */
export const ResetPasswordForm = ({ token }: { token: string }) => {
  const router = useRouter()
  const [state, formAction, pending] = useActionState(
    async (_previous: ResetState, data: FormData): Promise<ResetState> => {
      const password = String(data.get('password') ?? '')
      if (password !== String(data.get('confirm') ?? '')) {
        return { problems: [{ message: 'The two passwords are not the same.' }] }
      }
      const result = await resetPassword({ token, password })
      if (result.ok) {
        // Then refresh, so the header and every server component render as the logged-in user.
        router.replace(afterReset)
        router.refresh()
        return { problems: [] }
      }
      return { problems: result.problems }
    },
    { problems: [] },
  )
  return (
    <form className="form" action={formAction}>
      <FormProblems id="reset-problems" problems={state.problems} />
      <div className="form__field">
        <label htmlFor="reset-password">New password</label>
        <input
          id="reset-password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          required
        />
      </div>
      <div className="form__field">
        <label htmlFor="reset-confirm">Repeat the new password</label>
        <input
          id="reset-confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          required
        />
      </div>
      <button type="submit" className="button button--wide" disabled={pending}>
        Save new password
      </button>
    </form>
  )
}
