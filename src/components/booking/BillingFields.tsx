'use client'

import { useLocale, useTranslations } from 'next-intl'

import type { BillingField } from '@/domain/billingDetails'
import { needsVatId } from '@/domain/billingDetails'
import { exampleVatId, normaliseCountry } from '@/domain/vat'

/** Billing details as a form holds them: every field a string. */
export type BillingValues = {
  customerType: 'business' | 'consumer'
  company: string
  name: string
  address: string
  country: string
  vatId: string
}

/** The country named in the page's language ("DE" → "Duitsland"), or the code as typed. */
const countryLabel = (code: string, locale: string): string => {
  const known = normaliseCountry(code)
  if (!known) return code.trim().toUpperCase()
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(known) ?? known
  } catch {
    return known
  }
}

/**
 * The billing fields an invoice needs, for the booking form's review step and an admin's invoice
 * correction: business or consumer (radio buttons in a fieldset), company or name, address, country
 * and — for businesses — the VAT ID, with the format expected for the chosen country and whether it
 * is required (`needsVatId`). Controlled: the parent holds the values. `invalid` marks fields the
 * parent found missing. Words from the `billingDetails.form` catalogue.
 */
export const BillingFields = ({
  idPrefix,
  values,
  onChange,
  invalid = [],
}: {
  idPrefix: string
  values: BillingValues
  onChange: (values: BillingValues) => void
  invalid?: readonly BillingField[]
}) => {
  const t = useTranslations('billingDetails.form')
  const locale = useLocale()
  const set = <K extends keyof BillingValues>(key: K, value: BillingValues[K]) =>
    onChange({ ...values, [key]: value })
  const id = (field: string) => `${idPrefix}-${field}`
  const business = values.customerType === 'business'
  const country = countryLabel(values.country, locale)
  const example = normaliseCountry(values.country) ? exampleVatId(values.country) : null
  const vatRequired = needsVatId({ customerType: values.customerType, country: values.country })
  const vatHint = vatRequired
    ? t('vatRequired', { country, example: example ?? '' })
    : example
      ? t('vatOptional', { country, example })
      : t('vatOptionalNoExample')
  const invalidProps = (field: BillingField) =>
    invalid.includes(field) ? { 'aria-invalid': true as const } : {}

  return (
    <>
      <fieldset className="form__field form__choices">
        <legend>{t('bookingAs')}</legend>
        {(['business', 'consumer'] as const).map((type) => (
          <label key={type} className="form__choice">
            <input
              type="radio"
              name={id('customerType')}
              value={type}
              checked={values.customerType === type}
              onChange={() => set('customerType', type)}
            />
            {t(type)}
          </label>
        ))}
      </fieldset>
      {business ? (
        <div className="form__field">
          <label htmlFor={id('company')}>{t('company')}</label>
          <input
            id={id('company')}
            maxLength={200}
            autoComplete="organization"
            value={values.company}
            onChange={(e) => set('company', e.target.value)}
            {...invalidProps('company')}
          />
        </div>
      ) : (
        <div className="form__field">
          <label htmlFor={id('name')}>{t('name')}</label>
          <input
            id={id('name')}
            maxLength={120}
            autoComplete="name"
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
            {...invalidProps('name')}
          />
        </div>
      )}
      <div className="form__field">
        <label htmlFor={id('address')}>{t('address')}</label>
        <textarea
          id={id('address')}
          rows={3}
          maxLength={500}
          autoComplete="street-address"
          value={values.address}
          onChange={(e) => set('address', e.target.value)}
          {...invalidProps('address')}
        />
      </div>
      <div className="form__field">
        <label htmlFor={id('country')}>{t('country')}</label>
        <input
          id={id('country')}
          maxLength={2}
          autoComplete="country"
          aria-describedby={id('country-hint')}
          value={values.country}
          onChange={(e) => set('country', e.target.value.toUpperCase())}
          {...invalidProps('country')}
        />
        <p id={id('country-hint')} className="form__hint">
          {t('countryHint')}
        </p>
      </div>
      {business && (
        <div className="form__field">
          <label htmlFor={id('vatId')}>{t('vatId')}</label>
          <input
            id={id('vatId')}
            maxLength={20}
            aria-describedby={id('vatId-hint')}
            aria-required={vatRequired}
            value={values.vatId}
            onChange={(e) => set('vatId', e.target.value)}
            {...invalidProps('vatId')}
          />
          <p id={id('vatId-hint')} className="form__hint">
            {vatHint}
          </p>
        </div>
      )}
    </>
  )
}
