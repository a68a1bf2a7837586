import type { PayloadRequest } from 'payload'

import type { CustomerType } from '@/domain/vat'
import type { Invoice, User } from '@/payload-types'
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

/** The customer's billing details as they stand when the invoice is issued (a snapshot). */
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
