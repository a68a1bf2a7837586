'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { landingPath } from '@/domain/landing'
import { MIN_PASSWORD_LENGTH } from '@/domain/password'
import { Link } from '@/i18n/navigation'
import type { FormProblem } from '@/lib/authErrors'
import { inputProblems } from '@/lib/authErrors'

import { register } from './authRequests'
import { FormProblems } from './FormProblems'
import { keptFragment } from './keptFragment'
import { useAuthContext } from './useAuthContext'

type Field = NonNullable<FormProblem['field']>

const problemId = (field: Field) => `register-${field}-problem`

const FieldProblem = ({
  field,
  problem,
  loginHref,
}: {
  field: Field
  problem: FormProblem | undefined
  loginHref: string
}) => {
  const t = useTranslations('auth.register')
  return problem ? (
    <p className="form__problem" id={problemId(field)}>
      {problem.message}
      {problem.code === 'emailTaken' && (
        <>
          {' '}
          <Link href={loginHref}>{t('goToLogin')}</Link>
        </>
      )}
    </p>
  ) : null
}

type State = { name: string; email: string; problems: FormProblem[] }

/**
 * Customer registration in the page's language: the account's `locale` (its emails and invoices)
 * is the page's. Logs the new account in and lands on `next` (or the bookings, `landingPath`).
 * Missing fields and the password's length are checked here with the catalogue's sentences
 * (`inputProblems`; not the browser's, which speak the browser's language); the server checks the
 * rest. A form action, so a submit before
 * hydration is replayed by React rather than sent as a native GET.
 */
export const RegisterForm = ({ next }: { next: string | null }) => {
  const t = useTranslations('auth')
  const context = useAuthContext()
  const [state, formAction, pending] = useActionState(
    async (_previous: State, data: FormData): Promise<State> => {
      const name = String(data.get('name') ?? '').trim()
      const email = String(data.get('email') ?? '').trim()
      const password = String(data.get('password') ?? '')
      const missing = inputProblems({
        values: { name, email, password },
        newPassword: true,
        minPasswordLength: MIN_PASSWORD_LENGTH,
        t: context.t,
      })
      if (missing.length > 0) return { name, email, problems: missing }
      const result = await register({ name, email, password }, context)
      if (result.ok) {
        // A full navigation, so every server component (the header too) renders as the new user.
        window.location.assign(
          landingPath({ role: result.role, next, locale: context.locale }) + keptFragment(),
        )
        return { name, email, problems: [] }
      }
      return { name, email, problems: result.problems }
    },
    { name: '', email: '', problems: [] },
  )
  const { problems } = state

  const loginHref = next ? `/login?next=${encodeURIComponent(next)}` : '/login'
  const problemFor = (field: Field) => problems.find((p) => p.field === field)
  const describedBy = (field: Field, hintId?: string) =>
    [hintId, problemFor(field) && problemId(field)].filter(Boolean).join(' ') || undefined
  const fieldErrors = problems.filter((p) => p.field)

  return (
    // noValidate: `inputProblems` says what is missing in the page's language, not the browser's.
    <form className="form" action={formAction} noValidate>
      <FormProblems
        id="register-problems"
        problems={
          fieldErrors.length > 0
            ? [{ message: t('register.correctFields') }, ...problems.filter((p) => !p.field)]
            : problems
        }
      />
      <div className="form__field">
        <label htmlFor="register-name">{t('register.name')}</label>
        <input
          id="register-name"
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={120}
          defaultValue={state.name}
          aria-invalid={Boolean(problemFor('name')) || undefined}
          aria-describedby={describedBy('name')}
        />
        <FieldProblem field="name" problem={problemFor('name')} loginHref={loginHref} />
      </div>
      <div className="form__field">
        <label htmlFor="register-email">{t('email')}</label>
        <input
          id="register-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email}
          aria-invalid={Boolean(problemFor('email')) || undefined}
          aria-describedby={describedBy('email')}
        />
        <FieldProblem field="email" problem={problemFor('email')} loginHref={loginHref} />
      </div>
      <div className="form__field">
        <label htmlFor="register-password">{t('password')}</label>
        <input
          id="register-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={Boolean(problemFor('password')) || undefined}
          aria-describedby={describedBy('password', 'register-password-hint')}
        />
        <p className="form__hint" id="register-password-hint">
          {t('register.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        </p>
        <FieldProblem field="password" problem={problemFor('password')} loginHref={loginHref} />
      </div>
      <button type="submit" className="button button--wide" disabled={pending}>
        {t('register.submit')}
      </button>
      <p className="form__alt">
        {t('register.haveAccount')} <Link href={loginHref}>{t('register.logIn')}</Link>
      </p>
    </form>
  )
}
