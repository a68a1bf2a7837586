/**
 * Which billing details an invoice needs before a booking becomes binding (issue 13, "billing before
 * binding"). Pure: the caller passes the customer's details as typed or stored; nothing is read.
 *
 * Where the rule comes from: an invoice names the buyer and their address (art. 35a(1)(c) Wet OB
 * 1968; art. 226(5) of Directive 2006/112/EC), and a business in another member state is invoiced
 * without Dutch VAT only with its valid VAT ID on the invoice (reverse charge, art. 226(4);
 * `vatTreatment` in ./vat.ts). So:
 * - business: company, address, country; plus a valid VAT ID when the country is another EU member
 *   state (Dutch and non-EU businesses may leave it out);
 * - consumer: name, address, country.
 */

import type { CustomerType } from './vat'
import { EU_COUNTRIES, isValidVatId, normaliseCountry, normaliseVatId } from './vat'

/** A detail an invoice can be missing, in the order forms show them. */
export type BillingField = 'company' | 'name' | 'address' | 'country' | 'vatId'

export const billingFields: readonly BillingField[] = [
  'company',
  'name',
  'address',
  'country',
  'vatId',
]

/** Billing details as a form or the account holds them; every text may be empty or missing. */
export type BillingInput = {
  customerType?: string | null
  company?: string | null
  name?: string | null
  address?: string | null
  country?: string | null
  vatId?: string | null
}

/** The details as they go on an invoice (the booking's `billingSnapshot`, without the email). */
export type BillingDetails = {
  customerType: CustomerType
  company: string | null
  name: string | null
  address: string | null
  country: string | null
  vatId: string | null
}

const text = (value: string | null | undefined): string | null => value?.trim() || null

/** `consumer` only when said so: the account's default (and the agency's usual customer) is a business. */
export const customerTypeOf = (value: string | null | undefined): CustomerType =>
  value === 'consumer' ? 'consumer' : 'business'

/**
 * Whether a VAT ID is needed: a business whose country is an EU member state other than the
 * Netherlands (reverse charge needs it). Input: customer type and country (any case; "EL" is Greece).
 */
export const needsVatId = ({
  customerType,
  country,
}: {
  customerType: CustomerType
  country: string | null | undefined
}): boolean => {
  const code = normaliseCountry(country)
  return (
    customerType === 'business' && code !== null && code !== 'NL' && EU_COUNTRIES.includes(code)
  )
}

/**
 * Trims and normalises typed details into what an invoice carries: the country as an uppercase ISO
 * code ("EL" → "GR"; an unknown code is kept as typed, so `missingBillingDetails` reports it), the VAT
 * ID without spaces or dots, the company and VAT ID dropped for a consumer. Never throws.
 */
export const normaliseBillingDetails = (input: BillingInput): BillingDetails => {
  const customerType = customerTypeOf(input.customerType)
  const country = text(input.country)
  const vatId = text(input.vatId)
  const business = customerType === 'business'
  return {
    customerType,
    company: business ? text(input.company) : null,
    name: text(input.name),
    address: text(input.address),
    country: country ? (normaliseCountry(country) ?? country.toUpperCase()) : null,
    vatId: business && vatId ? normaliseVatId(vatId) || null : null,
  }
}

/**
 * What the details lack for an invoice, in form order (`billingFields`); empty when complete.
 * Input: details as typed or stored (`BillingInput`). Output: the missing fields — a country that is
 * no country counts as missing, and so does a VAT ID that fails its country's check digits where one
 * is needed (it couldn't carry reverse charge).
 */
export const missingBillingDetails = (input: BillingInput): BillingField[] => {
  const details = normaliseBillingDetails(input)
  const countryKnown = details.country !== null && normaliseCountry(details.country) !== null
  const missing = new Set<BillingField>()
  if (details.customerType === 'business' && !details.company) missing.add('company')
  if (details.customerType === 'consumer' && !details.name) missing.add('name')
  if (!details.address) missing.add('address')
  if (!countryKnown) missing.add('country')
  if (
    countryKnown &&
    needsVatId({ customerType: details.customerType, country: details.country }) &&
    !(details.vatId && isValidVatId(details.vatId, details.country as string))
  ) {
    missing.add('vatId')
  }
  return billingFields.filter((field) => missing.has(field))
}
