'use client'

import { Link } from '@/i18n/navigation'
import { useActionState } from 'react'

import type { FormProblem } from '@/lib/authErrors'

import { register } from './authRequests'
import { FormProblems } from './FormProblems'
import { MIN_PASSWORD_LENGTH } from '@/domain/password'

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
}) =>
  problem ? (
    <p className="form__problem" id={problemId(field)}>
      {problem.message}
      {field === 'email' && /already exists/.test(problem.message) && (
        <>
          {' '}
          <Link href={loginHref}>Go to log in</Link>
        </>
      )}
    </p>
  ) : null

type State = { name: string; email: string; problems: FormProblem[] }

/**
 * Customer registration; logs the new account in and returns to `next`. A form action, so a
 * submit before hydration is replayed by React rather than sent as a native GET.
 */
export const RegisterForm = ({ next }: { next: string }) => {
  const [state, formAction, pending] = useActionState(
    async (_previous: State, data: FormData): Promise<State> => {
      const name = String(data.get('name') ?? '').trim()
      const email = String(data.get('email') ?? '').trim()
      const result = await register({ name, email, password: String(data.get('password') ?? '') })
      if (result.ok) {
        // A full navigation, so every server component (the header too) renders as the new user.
        window.location.assign(next)
        return { name, email, problems: [] }
      }
      return { name, email, problems: result.problems }
    },
    { name: '', email: '', problems: [] },
  )
  const { problems } = state

  const loginHref = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`
  const problemFor = (field: Field) => problems.find((p) => p.field === field)
  const describedBy = (field: Field, hintId?: string) =>
    [hintId, problemFor(field) && problemId(field)].filter(Boolean).join(' ') || undefined
  const fieldErrors = problems.filter((p) => p.field)

  return (
    <form className="form" action={formAction}>
      <FormProblems
        id="register-problems"
        problems={
          fieldErrors.length > 0
            ? [
                { message: 'Please correct the marked fields.' },
                ...problems.filter((p) => !p.field),
              ]
            : problems
        }
      />
      <div className="form__field">
        <label htmlFor="register-name">Name</label>
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
        <label htmlFor="register-email">Email</label>
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
        <label htmlFor="register-password">Password</label>
        <input
          id="register-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-invalid={Boolean(problemFor('password')) || undefined}
          aria-describedby={describedBy('password', 'register-password-hint')}
        />
        <p className="form__hint" id="register-password-hint">
          At least {MIN_PASSWORD_LENGTH} characters.
        </p>
        <FieldProblem field="password" problem={problemFor('password')} loginHref={loginHref} />
      </div>
      <button type="submit" className="button button--wide" disabled={pending}>
        Create account
      </button>
      <p className="form__alt">
        Already have an account? <Link href={loginHref}>Log in</Link>
      </p>
    </form>
  )
}
