import type { PayloadRequest } from 'payload'

import { normaliseBillingDetails } from '@/domain/billingDetails'
import type { CustomerType } from '@/domain/vat'
import type { Booking, Invoice, User } from '@/payload-types'
import { globalSlugs } from '@/slugs'

import type { Party } from './renderInvoicePdf'

export type SellerDetails = {
  name: string
  address: string
  country: string
  vatId: string
  email: string | null
  kvk: string | null
  iban: string | null
  invoicePrefix: string
  creditNotePrefix: string
  paymentTermDays: number
}

export type BuyerDetails = {
  name: string
  address: string | null
  country: string
  vatId: string | null
  email: string | null
  customerType: CustomerType
}

/**
 * The agency's own details from the Company global. A system read: the global is admin-only over the
 * API, but every invoice carries the seller's details.
 */
export const getSellerDetails = async (req: PayloadRequest): Promise<SellerDetails> => {
  const company = await req.payload.findGlobal({
    slug: globalSlugs.company,
    req,
    depth: 0,
    overrideAccess: true,
  })
  return {
    name: company.name ?? '14voices B.V.',
    address: company.address ?? '',
    country: company.country ?? 'NL',
    vatId: company.vatId ?? '',
    email: company.email ?? null,
    kvk: company.kvk ?? null,
    iban: company.iban ?? null,
    invoicePrefix: company.invoicePrefix ?? '14V',
    creditNotePrefix: company.creditNotePrefix ?? '14V-CN',
    paymentTermDays: company.paymentTermDays ?? 14,
  }
}

/** A booking's `billingSnapshot`: the customer's billing details when the booking became binding. */
export type BillingSnapshot = NonNullable<Booking['billingSnapshot']>

/**
 * The snapshot the booking keeps of the customer's account billing (`users.billing`, the account's
 * name and email) when it becomes binding. Input: the customer's account. Output: the details as an
 * invoice carries them (`normaliseBillingDetails`), plus the email. Pure; never throws.
 */
export const billingSnapshotFromUser = (user: User): BillingSnapshot => {
  const billing = user.billing ?? {}
  return {
    ...normaliseBillingDetails({ ...billing, name: user.name }),
    email: user.email,
  }
}

/**
 * The buyer on an invoice, from the booking's snapshot: the company for a business (the name when a
 * business gave none), the name for a consumer; the country defaults to NL only for snapshots that
 * lack one (which the booking rule no longer lets happen). Pure.
 */
export const buyerFromSnapshot = (
  snapshot: BillingSnapshot,
  fallbackEmail: string,
): BuyerDetails => {
  const customerType: CustomerType = snapshot.customerType === 'consumer' ? 'consumer' : 'business'
  const name =
    (customerType === 'business' ? snapshot.company?.trim() : null) ||
    snapshot.name?.trim() ||
    snapshot.company?.trim() ||
    snapshot.email ||
    fallbackEmail
  return {
    name,
    address: snapshot.address?.trim() || null,
    country: (snapshot.country?.trim() || 'NL').toUpperCase(),
    vatId: (customerType === 'business' && snapshot.vatId?.trim()) || null,
    email: snapshot.email || fallbackEmail,
    customerType,
  }
}

/**
 * The customer's billing details as they stand when the invoice is issued: for bookings made before
 * bookings kept a snapshot of them (issue 13).
 */
export const buyerFromUser = (user: User): BuyerDetails => {
  const billing = user.billing ?? {}
  return {
    name: billing.company?.trim() || user.name?.trim() || user.email,
    address: billing.address?.trim() || null,
    country: (billing.country?.trim() || 'NL').toUpperCase(),
    vatId: billing.vatId?.trim() || null,
    email: user.email,
    customerType: billing.customerType === 'consumer' ? 'consumer' : 'business',
  }
}

const lines = (address: string | null | undefined, country?: string | null): string[] => [
  ...(address ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
  ...(country && country !== 'NL' ? [country] : []),
]

export const sellerParty = (seller: Invoice['seller']): Party => ({
  name: seller?.name ?? '',
  addressLines: lines(seller?.address),
  vatId: seller?.vatId,
  email: seller?.email,
  kvk: seller?.kvk,
  iban: seller?.iban,
})

export const buyerParty = (buyer: Invoice['buyer']): Party => ({
  name: buyer?.name ?? '',
  addressLines: lines(buyer?.address, buyer?.country),
  vatId: buyer?.vatId,
  email: buyer?.email,
})
