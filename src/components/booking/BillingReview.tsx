'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'

import type { BillingField } from '@/domain/billingDetails'
import { missingBillingDetails } from '@/domain/billingDetails'

import type { BillingValues } from './BillingFields'
import { BillingFields } from './BillingFields'
import { useApiRequest } from './useApiRequest'

type Me = {
  id: number
  name?: string | null
  billing?: {
    customerType?: string | null
    company?: string | null
    address?: string | null
    country?: string | null
    vatId?: string | null
  } | null
}

const valuesOf = (me: Me): BillingValues => ({
  customerType: me.billing?.customerType === 'consumer' ? 'consumer' : 'business',
  company: me.billing?.company ?? '',
  name: me.name ?? '',
  address: me.billing?.address ?? '',
  country: me.billing?.country ?? 'NL',
  vatId: me.billing?.vatId ?? '',
})

/**
 * The booking form's review step: the customer's billing details, which the invoice will carry (the
 * booking keeps a snapshot of them when it becomes binding). Loads the account (`GET /api/users/me`);
 * when details are missing (`missingBillingDetails`, the same rule `POST /api/bookings` applies) it
 * asks for them and saves them to the account as `/account/billing` does (`PATCH /api/users/:id`; a
 * consumer's name is the account's name). Tells the form through `onReadyChange` whether "Book" may
 * be enabled: only with complete, saved details and no edit open.
 *
 * Rendered inside the review step's `<form>`, so it has no form of its own: its buttons are
 * `type="button"`. Words from the `billingDetails` catalogue.
 */
export const BillingReview = ({ onReadyChange }: { onReadyChange: (ready: boolean) => void }) => {
  const t = useTranslations('billingDetails')
  const locale = useLocale()
  const apiRequest = useApiRequest()
  const [me, setMe] = useState<Me | null>(null)
  const [loadFailed, setLoadFailed] = useState(false)
  const [editing, setEditing] = useState(false)
  const [values, setValues] = useState<BillingValues | null>(null)
  const [invalid, setInvalid] = useState<BillingField[]>([])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)

  useEffect(() => {
    let current = true
    void apiRequest<{ user: Me | null }>({ method: 'GET', url: '/api/users/me' }).then((result) => {
      if (!current) return
      if (!result.ok || !result.body.user) {
        setLoadFailed(true)
        return
      }
      setMe(result.body.user)
      setValues(valuesOf(result.body.user))
    })
    return () => {
      current = false
    }
  }, [apiRequest])

  const storedMissing = me ? missingBillingDetails({ ...me.billing, name: me.name }) : []
  const asking = me !== null && (editing || storedMissing.length > 0)
  const ready = me !== null && !asking

  useEffect(() => {
    onReadyChange(ready)
  }, [ready, onReadyChange])

  const fieldList = (fields: readonly BillingField[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(fields.map((f) => t(`field.${f}`)))

  const save = async () => {
    if (!me || !values) return
    const missing = missingBillingDetails(values)
    setInvalid(missing)
    setSaved(false)
    if (missing.length > 0) {
      setProblem(t('review.missing', { missing: fieldList(missing) }))
      return
    }
    setBusy(true)
    setProblem(null)
    const consumer = values.customerType === 'consumer'
    const result = await apiRequest<{ doc: Me }>({
      method: 'PATCH',
      url: `/api/users/${me.id}`,
      body: {
        ...(consumer ? { name: values.name.trim() } : {}),
        billing: {
          customerType: values.customerType,
          company: consumer ? null : values.company.trim(),
          address: values.address.trim(),
          country: values.country.trim().toUpperCase(),
          // A private person has no VAT ID; the field is hidden for them.
          vatId: (!consumer && values.vatId.trim()) || null,
        },
      },
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    setMe(result.body.doc)
    setValues(valuesOf(result.body.doc))
    setEditing(false)
    setSaved(true)
  }

  if (loadFailed) {
    return (
      <p role="alert" className="form-problems">
        {t('review.loadFailed')}
      </p>
    )
  }

  return (
    <section className="billing-review" aria-labelledby="billing-review-title">
      <h3 id="billing-review-title">{t('review.heading')}</h3>
      {me === null || values === null ? (
        <p className="muted">{t('review.loading')}</p>
      ) : asking ? (
        <div role="group" aria-labelledby="billing-review-title" className="billing-review__fields">
          {storedMissing.length > 0 && !editing && (
            <p className="notice" data-testid="billing-missing">
              {t('review.missing', { missing: fieldList(storedMissing) })}
            </p>
          )}
          <p className="form__hint">{t('review.explain')}</p>
          <BillingFields
            idPrefix="review-billing"
            values={values}
            onChange={(next) => {
              setValues(next)
              setSaved(false)
            }}
            invalid={invalid}
          />
          <div role="alert" className="form-problems">
            {problem && <p>{problem}</p>}
          </div>
          <div className="form__actions">
            {editing && storedMissing.length === 0 && (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  setEditing(false)
                  setValues(valuesOf(me))
                  setProblem(null)
                  setInvalid([])
                }}
              >
                {t('review.cancel')}
              </button>
            )}
            <button type="button" className="button" onClick={save} disabled={busy}>
              {busy ? t('review.saving') : t('review.save')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="form__hint">{t('review.intro')}</p>
          <address className="billing-review__summary" data-testid="billing-summary">
            {[
              values.customerType === 'business' ? values.company : values.name,
              ...values.address.split('\n'),
              values.country,
              values.customerType === 'business' && values.vatId
                ? t('snapshot.vatId', { vatId: values.vatId })
                : '',
            ]
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line, i) => (
                <span key={i}>
                  {line}
                  <br />
                </span>
              ))}
          </address>
          <p role="status">{saved ? t('review.saved') : ''}</p>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setEditing(true)
              setSaved(false)
            }}
          >
            {t('review.edit')}
          </button>
        </>
      )}
    </section>
  )
}
