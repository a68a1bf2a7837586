'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

export type BillingDetails = {
  company: string
  customerType: 'business' | 'consumer'
  vatId: string
  address: string
  country: string
}

type ErrorBody = {
  errors?: { message?: unknown; data?: { errors?: { message?: unknown }[] } }[]
} | null

/**
 * The server's sentences of a 4xx answer (`{ errors: [{ message, data: { errors } }] }`): a
 * field's own sentence (the VAT ID's check) before Payload's general "this field is invalid".
 * Null for a 5xx or an answer without sentences, so the form uses its own.
 */
const serverSentence = (status: number, json: unknown): string | null => {
  if (status >= 500) return null
  const errors = (json as ErrorBody)?.errors ?? []
  const texts = (list: { message?: unknown }[]) =>
    list.map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean)
  const fieldMessages = texts(errors.flatMap((e) => e.data?.errors ?? []))
  const messages = fieldMessages.length > 0 ? fieldMessages : texts(errors)
  return messages.length > 0 ? messages.join(' ') : null
}

/**
 * The customer's billing details, as they will appear on the next invoice (issued invoices keep the
 * details they were issued with). The VAT ID decides reverse charge, so the server checks its
 * format and check digits (`checkVatId` hook); the hint shows a valid example for the country typed.
 * Sentences from the `account` catalogue; the request carries the page's language
 * (Accept-Language) so the server's validation sentences match it.
 */
export const BillingForm = ({
  userId,
  initial,
  initialLocale,
  showBilling,
  vatIdExamples,
  euCountries,
}: {
  userId: number
  initial: BillingDetails
  initialLocale: 'nl' | 'en'
  /** Artists aren't invoiced: they only choose the language of their emails. */
  showBilling: boolean
  /** A VAT ID that passes the check digits, by uppercase country code (from `vatIdExamples()`). */
  vatIdExamples: Record<string, string>
  /** ISO codes of the EU member states (`EU_COUNTRIES`), for the VAT hint. */
  euCountries: readonly string[]
}) => {
  const pageLocale = useLocale()
  const t = useTranslations('account')
  const [values, setValues] = useState(initial)
  const [locale, setLocale] = useState(initialLocale)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const update = <K extends keyof BillingDetails>(key: K, value: BillingDetails[K]) => {
    setSaved(false)
    setValues((v) => ({ ...v, [key]: value }))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    const body = showBilling
      ? {
          locale,
          billing: {
            ...values,
            country: values.country.trim().toUpperCase(),
            // A private person has no VAT ID; the field is hidden for them.
            vatId: (values.customerType === 'business' && values.vatId.trim()) || null,
          },
        }
      : { locale }
    let res: Response
    try {
      res = await fetch(`/api/users/${userId}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': pageLocale },
        body: JSON.stringify(body),
      })
    } catch {
      setBusy(false)
      setProblem(t('problems.network'))
      return
    }
    setBusy(false)
    if (!res.ok) {
      setProblem(
        serverSentence(res.status, await res.json().catch(() => null)) ?? t('problems.serverError'),
      )
      return
    }
    setSaved(true)
  }
  const countryCode = values.country.trim().toUpperCase()
  const vatExample = vatIdExamples[countryCode]
  // Which VAT rule the typed country leads to (src/domain/vat.ts decides it on the invoice).
  const vatHint =
    countryCode === 'NL'
      ? t('billing.vatDutch')
      : euCountries.includes(countryCode === 'EL' ? 'GR' : countryCode)
        ? t('billing.vatEu')
        : /^[A-Z]{2}$/.test(countryCode)
          ? t('billing.vatOutsideEu')
          : t('billing.vatUnknown')

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form__field">
        <label htmlFor="account-locale">{t('billing.emailLanguage')}</label>
        <select
          id="account-locale"
          value={locale}
          onChange={(e) => {
            setSaved(false)
            setLocale(e.target.value === 'en' ? 'en' : 'nl')
          }}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </div>
      {showBilling && (
        <>
          <fieldset className="form__field form__choices">
            <legend>{t('billing.bookingAs')}</legend>
            {(['business', 'consumer'] as const).map((type) => (
              <label key={type} className="form__choice">
                <input
                  type="radio"
                  name="customerType"
                  value={type}
                  checked={values.customerType === type}
                  onChange={() => update('customerType', type)}
                />
                {t(`billing.${type}`)}
              </label>
            ))}
          </fieldset>
          <div className="form__field">
            <label htmlFor="billing-company">{t('billing.company')}</label>
            <input
              id="billing-company"
              maxLength={200}
              value={values.company}
              onChange={(e) => update('company', e.target.value)}
            />
          </div>
          <div className="form__field">
            <label htmlFor="billing-address">{t('billing.address')}</label>
            <textarea
              id="billing-address"
              rows={3}
              maxLength={500}
              value={values.address}
              onChange={(e) => update('address', e.target.value)}
            />
          </div>
          <div className="form__field">
            <label htmlFor="billing-country">{t('billing.country')}</label>
            <input
              id="billing-country"
              maxLength={2}
              autoComplete="country"
              aria-describedby="billing-country-hint"
              value={values.country}
              onChange={(e) => update('country', e.target.value)}
            />
            <p id="billing-country-hint" className="form__hint">
              {t('billing.countryHint')}
            </p>
          </div>
          {values.customerType === 'business' && (
            <div className="form__field">
              <label htmlFor="billing-vat">{t('billing.vatId')}</label>
              <input
                id="billing-vat"
                maxLength={20}
                aria-describedby="billing-vat-hint"
                value={values.vatId}
                onChange={(e) => update('vatId', e.target.value)}
              />
              <p id="billing-vat-hint" className="form__hint">
                {vatExample ? `${t('billing.vatExample', { example: vatExample })} ` : ''}
                {vatHint}
              </p>
            </div>
          )}
        </>
      )}
      <div role="alert" className="form-problems">
        {problem && <p>{problem}</p>}
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('billing.saving') : t('billing.save')}
        </button>
        <span role="status">{saved ? t('billing.saved') : ''}</span>
      </div>
    </form>
  )
}
