'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { localizedPath } from '@/domain/landing'

import { FormProblems } from './FormProblems'

type State = { problem: string | null }

/**
 * "Delete my account": the current password and an explicit confirmation, posted as JSON to
 * `POST /api/users/erase` with the page's language (Accept-Language), so the server's sentence —
 * shown as it is (wrong password 401, last admin or active bookings 409, too many attempts 429) —
 * matches the page. On success the server has expired the session cookie; a full navigation home
 * renders the site logged out.
 */
export const DeleteAccountForm = () => {
  const locale = useLocale()
  const t = useTranslations('account')
  const [state, formAction, pending] = useActionState(
    async (_previous: State, data: FormData): Promise<State> => {
      const password = String(data.get('password') ?? '')
      // Checked here in the page's language (the form sets noValidate: browser bubbles speak the browser's).
      if (password === '') return { problem: t('problems.passwordMissing') }
      if (data.get('confirm') === null) return { problem: t('problems.confirmMissing') }
      let res: Response
      try {
        res = await fetch('/api/users/erase', {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
          body: JSON.stringify({ password }),
        })
      } catch {
        return { problem: t('problems.network') }
      }
      if (res.ok) {
        // A full navigation on purpose: every server component (the header too) renders logged out.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(`${localizedPath('/', locale)}?account=deleted`)
        return { problem: null }
      }
      const body = (await res.json().catch(() => null)) as {
        errors?: { message?: string }[]
      } | null
      return {
        problem:
          res.status < 500 && body?.errors?.[0]?.message
            ? body.errors[0].message
            : t('problems.serverError'),
      }
    },
    { problem: null },
  )

  return (
    <form className="form" action={formAction} noValidate>
      <FormProblems
        id="erase-problem"
        problems={state.problem ? [{ message: state.problem }] : []}
      />
      <div className="form__field">
        <label htmlFor="erase-password">{t('privacy.currentPassword')}</label>
        <input
          id="erase-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.problem ? true : undefined}
          aria-describedby={state.problem ? 'erase-problem' : undefined}
        />
      </div>
      <div className="form__field">
        <label>
          <input name="confirm" type="checkbox" required /> {t('privacy.confirm')}
        </label>
      </div>
      <button type="submit" className="button button--danger" disabled={pending}>
        {pending ? t('privacy.deleting') : t('privacy.deleteButton')}
      </button>
    </form>
  )
}
