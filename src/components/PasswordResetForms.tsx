'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { landingPath } from '@/domain/landing'
import { MIN_PASSWORD_LENGTH } from '@/domain/password'
import { Link } from '@/i18n/navigation'
import type { FormProblem } from '@/lib/authErrors'
import { inputProblems } from '@/lib/authErrors'

import { requestPasswordReset, resetPassword } from './authRequests'
import { FormProblems } from './FormProblems'
import { useAuthContext } from './useAuthContext'

type RequestState = { email: string; sent: boolean; problems: FormProblem[] }

/**
 * "Forgot password?": asks the server to email a link to the reset page (in the account's
 * language). Never says whether the account exists — the server answers the same for any address.
 */
export const ForgotPasswordForm = () => {
  const t = useTranslations('auth')
  const context = useAuthContext()
  const [state, formAction, pending] = useActionState(
    async (_previous: RequestState, data: FormData): Promise<RequestState> => {
      const email = String(data.get('email') ?? '').trim()
      const missing = inputProblems({
        values: { email },
        minPasswordLength: MIN_PASSWORD_LENGTH,
        t: context.t,
      })
      if (missing.length > 0) return { email, sent: false, problems: missing }
      const result = await requestPasswordReset(email, context)
      return result.ok
        ? { email, sent: true, problems: [] }
        : { email, sent: false, problems: result.problems }
    },
    { email: '', sent: false, problems: [] },
  )
  if (state.sent) {
    return (
      <p role="status" className="notice notice--ok">
        {t('forgot.sent', { email: state.email })}
      </p>
    )
  }
  return (
    // noValidate: `inputProblems` says what is missing in the page's language, not the browser's.
    <form className="form" action={formAction} noValidate>
      <FormProblems id="forgot-problems" problems={state.problems} />
      <div className="form__field">
        <label htmlFor="forgot-email">{t('email')}</label>
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
        {t('forgot.submit')}
      </button>
      <p className="form__alt">
        {t('forgot.remembered')} <Link href="/login">{t('forgot.logIn')}</Link>
      </p>
    </form>
  )
}

type ResetState = { problems: FormProblem[] }

/**
 * Choose a new password with the emailed token. Payload's answer logs the person in (it sets the
 * auth cookie); they land on their bookings, or an artist on the dashboard (`landingPath`). A used
 * or expired link says so and offers a new one.
 */
export const ResetPasswordForm = ({ token }: { token: string }) => {
  const t = useTranslations('auth')
  const context = useAuthContext()
  const [state, formAction, pending] = useActionState(
    async (_previous: ResetState, data: FormData): Promise<ResetState> => {
      const password = String(data.get('password') ?? '')
      const missing = inputProblems({
        values: { password, confirm: String(data.get('confirm') ?? '') },
        newPassword: true,
        minPasswordLength: MIN_PASSWORD_LENGTH,
        t: context.t,
      })
      if (missing.length > 0) return { problems: missing }
      const result = await resetPassword({ token, password }, context)
      if (result.ok) {
        // A full navigation, so every server component (the header too) renders logged in.
        window.location.assign(
          landingPath({ role: result.role, next: null, locale: context.locale }),
        )
        return { problems: [] }
      }
      return { problems: result.problems }
    },
    { problems: [] },
  )
  const linkUsed = state.problems.some((p) => p.code === 'resetLinkUsed')
  return (
    // noValidate: `inputProblems` says what is missing in the page's language, not the browser's.
    <form className="form" action={formAction} noValidate>
      <FormProblems id="reset-problems" problems={state.problems} />
      {linkUsed && (
        <p className="form__alt">
          <Link href="/forgot-password">{t('reset.askAgain')}</Link>
        </p>
      )}
      <div className="form__field">
        <label htmlFor="reset-password">{t('reset.newPassword')}</label>
        <input
          id="reset-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby="reset-password-hint"
        />
        <p className="form__hint" id="reset-password-hint">
          {t('register.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        </p>
      </div>
      <div className="form__field">
        <label htmlFor="reset-confirm">{t('reset.repeat')}</label>
        <input
          id="reset-confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
        />
      </div>
      <button type="submit" className="button button--wide" disabled={pending}>
        {t('reset.submit')}
      </button>
    </form>
  )
}
