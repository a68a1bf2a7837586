'use client'

import { useState } from 'react'

import { apiRequest } from '@/components/booking/apiRequest'

export type BillingDetails = {
  company: string
  customerType: 'business' | 'consumer'
  vatId: string
  address: string
  country: string
}

/**
 * The customer's billing details, as they will appear on the next invoice (issued invoices keep the
 * details they were issued with). The VAT ID decides reverse charge, so the server checks its
 * format and check digits (`checkVatId` hook); the hint shows a valid example for the country typed.
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
    const result = await apiRequest({
      method: 'PATCH',
      url: `/api/users/${userId}`,
      body: showBilling
        ? {
            locale,
            billing: {
              ...values,
              country: values.country.trim().toUpperCase(),
              // A private person has no VAT ID; the field is hidden for them.
              vatId: (values.customerType === 'business' && values.vatId.trim()) || null,
            },
          }
        : { locale },
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    setSaved(true)
  }
  const countryCode = values.country.trim().toUpperCase()
  const vatExample = vatIdExamples[countryCode]
  // Which VAT rule the typed country leads to (src/domain/vat.ts decides it on the invoice).
  const vatHint =
    countryCode === 'NL'
      ? 'Dutch businesses are invoiced with 21 % Dutch VAT.'
      : euCountries.includes(countryCode === 'EL' ? 'GR' : countryCode)
        ? 'Businesses elsewhere in the EU with a valid VAT ID are invoiced without Dutch VAT (reverse charge).'
        : /^[A-Z]{2}$/.test(countryCode)
          ? 'Businesses outside the EU, the UK and Northern Ireland included, are invoiced without Dutch VAT (place of supply outside the EU).'
          : 'Businesses elsewhere in the EU with a valid VAT ID are invoiced without Dutch VAT (reverse charge); businesses outside the EU without Dutch VAT.'

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form__field">
        <label htmlFor="account-locale">Email language</label>
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
          <fieldset className="form__field">
            <legend>You are booking as</legend>
            <label>
              <input
                type="radio"
                name="customerType"
                checked={values.customerType === 'business'}
                onChange={() => update('customerType', 'business')}
              />{' '}
              A business
            </label>
            <label>
              <input
                type="radio"
                name="customerType"
                checked={values.customerType === 'consumer'}
                onChange={() => update('customerType', 'consumer')}
              />{' '}
              A private person
            </label>
          </fieldset>
          <div className="form__field">
            <label htmlFor="billing-company">Company or name on the invoice</label>
            <input
              id="billing-company"
              maxLength={200}
              value={values.company}
              onChange={(e) => update('company', e.target.value)}
            />
          </div>
          <div className="form__field">
            <label htmlFor="billing-address">Address</label>
            <textarea
              id="billing-address"
              rows={3}
              maxLength={500}
              value={values.address}
              onChange={(e) => update('address', e.target.value)}
            />
          </div>
          <div className="form__field">
            <label htmlFor="billing-country">Country code</label>
            <input
              id="billing-country"
              maxLength={2}
              autoComplete="country"
              aria-describedby="billing-country-hint"
              value={values.country}
              onChange={(e) => update('country', e.target.value)}
            />
            <p id="billing-country-hint" className="form__hint">
              Two letters, e.g. NL, BE, DE; XI for Northern Ireland.
            </p>
          </div>
          {values.customerType === 'business' && (
            <div className="form__field">
              <label htmlFor="billing-vat">VAT ID</label>
              <input
                id="billing-vat"
                maxLength={20}
                aria-describedby="billing-vat-hint"
                value={values.vatId}
                onChange={(e) => update('vatId', e.target.value)}
              />
              <p id="billing-vat-hint" className="form__hint">
                {vatExample ? `For example ${vatExample}. ` : ''}
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
          {busy ? 'Saving…' : 'Save'}
        </button>
        <span role="status">{saved ? 'Saved.' : ''}</span>
      </div>
    </form>
  )
}
