'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { landingPath } from '@/domain/landing'
import { MIN_PASSWORD_LENGTH } from '@/domain/password'
import { Link } from '@/i18n/navigation'
import type { FormProblem } from '@/lib/authErrors'
import { inputProblems } from '@/lib/authErrors'

import { logIn } from './authRequests'
import { FormProblems } from './FormProblems'
import { keptFragment } from './keptFragment'
import { useAuthContext } from './useAuthContext'

type State = { email: string; problems: FormProblem[] }

/** `/register`, carrying `next` along when there is one. */
const withNext = (path: string, next: string | null) =>
  next ? `${path}?next=${encodeURIComponent(next)}` : path

/**
 * Email + password login. `next` is an already validated relative path (or null): where the
 * person came from; where they land is `landingPath` (artists on their dashboard, customers on
 * `next` or their bookings). A form action (not onSubmit) so a submit before hydration is replayed
 * by React instead of falling back to a native GET that would put the password in the URL. Empty or
 * malformed fields are caught here with the catalogue's sentences (`inputProblems`).
 */
export const LoginForm = ({ next }: { next: string | null }) => {
  const t = useTranslations('auth')
  const context = useAuthContext()
  const [state, formAction, pending] = useActionState(
    async (_previous: State, data: FormData): Promise<State> => {
      const email = String(data.get('email') ?? '').trim()
      const password = String(data.get('password') ?? '')
      const missing = inputProblems({
        values: { email, password },
        minPasswordLength: MIN_PASSWORD_LENGTH,
        t: context.t,
      })
      if (missing.length > 0) return { email, problems: missing }
      const result = await logIn({ email, password }, context)
      if (result.ok) {
        // A full navigation, so every server component (the header too) renders as the new user.
        window.location.assign(
          landingPath({ role: result.role, next, locale: context.locale }) + keptFragment(),
        )
        return { email, problems: [] }
      }
      return { email, problems: result.problems }
    },
    { email: '', problems: [] },
  )

  const invalid = state.problems.length > 0 || undefined
  return (
    // noValidate: `inputProblems` says what is missing in the page's language, not the browser's.
    <form className="form" action={formAction} noValidate>
      <FormProblems id="login-problems" problems={state.problems} />
      <div className="form__field">
        <label htmlFor="login-email">{t('email')}</label>
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
        <label htmlFor="login-password">{t('password')}</label>
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
        {t('login.submit')}
      </button>
      <p className="form__alt">
        <Link href="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p className="form__alt">
        {t('login.newHere')}{' '}
        <Link href={withNext('/register', next)}>{t('login.createAccount')}</Link>
      </p>
    </form>
  )
}
