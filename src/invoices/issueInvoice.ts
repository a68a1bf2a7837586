import type { PayloadRequest } from 'payload'

import { UserError } from '@/errors/UserError'
import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { lockRow, nextCounterValue } from '@/db/atomicIncrement'
import { withTransaction } from '@/db/withTransaction'
import type { InvoiceLine } from '@/domain/invoice'
import {
  BILLABLE_REVISION_DESCRIPTION,
  buildInvoiceLines,
  creditNoteFrom,
  dueDate,
  formatInvoiceNumber,
  invoiceTotals,
} from '@/domain/invoice'
import type { QuoteLine } from '@/domain/pricing'
import { vatTreatment } from '@/domain/vat'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { AGENCY_TIME_ZONE } from '@/domain/workingDays'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Booking, Invoice } from '@/payload-types'
import type { BuyerDetails } from './invoiceParties'
import { slugs } from '@/slugs'

import {
  billableRevisionDescription,
  priceAdjustmentDescription,
  quoteLineDescription,
} from './invoiceLineText'
import {
  buyerFromSnapshot,
  buyerFromUser,
  buyerParty,
  getSellerDetails,
  sellerParty,
} from './invoiceParties'
import { renderInvoicePdf, vatNoteFor } from './renderInvoicePdf'

/**
 * Why the invoice is being issued: the completion job, an admin's request, a cancellation, or an
 * admin's correction of wrong billing details.
 */
export type IssueTrigger = 'completion' | 'manual' | 'cancellation' | 'correction'
export type IssueResult = { invoice: Invoice; created: boolean }

const yearIn = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: AGENCY_TIME_ZONE })
/** The calendar year (in Amsterdam) the number sequence belongs to. */
export const invoiceYear = (date: Date): number => Number(yearIn.format(date))

/**
 * The booking's current invoice: the one of the latest correction round (`null` before any is
 * issued). System read inside the issuing transaction.
 */
const currentInvoice = async (req: PayloadRequest, bookingId: number): Promise<Invoice | null> => {
  const found = await req.payload.find({
    collection: slugs.invoices,
    where: { and: [{ booking: { equals: bookingId } }, { kind: { equals: 'invoice' } }] },
    sort: '-correction',
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

/** The credit note that reverses `invoiceId`, or `null`. System read inside the transaction. */
export const creditNoteFor = async (
  req: PayloadRequest,
  invoiceId: number,
): Promise<Invoice | null> => {
  const found = await req.payload.find({
    collection: slugs.invoices,
    where: { and: [{ creditFor: { equals: invoiceId } }, { kind: { equals: 'credit_note' } }] },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

export const lockedBooking = async (req: PayloadRequest, bookingId: number): Promise<Booking> => {
  // Serialises issuing per booking (a second request waits, then finds what the first issued).
  await lockRow({ req, table: slugs.bookings, id: bookingId })
  // System read: invoices are issued for the agency, whoever triggered them.
  return req.payload.findByID({
    collection: slugs.bookings,
    id: bookingId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: false,
  })
}

/**
 * Documents issued before the language was recorded were English; anything else is in the
 * language recorded on it.
 */
export const invoiceLanguage = (invoice: Pick<Invoice, 'language'>): Locale =>
  isLocale(invoice.language) ? invoice.language : 'en'

const quoteLinesOf = (
  booking: Booking,
  locale: Locale,
): { label: string; amountCents: number }[] => {
  const breakdown = booking.quoteBreakdown as { lines?: QuoteLine[] } | null | undefined
  const lines = (breakdown?.lines ?? []).map((l) => ({
    label: quoteLineDescription({
      line: l,
      usage: booking.usage,
      locale,
      renewal: booking.kind === 'renewal',
    }),
    amountCents: l.amountCents,
  }))
  const quoted = lines.reduce((sum, l) => sum + l.amountCents, 0)
  // An admin's final price replaces the quote; the difference is shown as its own line.
  if (typeof booking.finalPrice === 'number' && booking.finalPrice !== quoted) {
    lines.push({
      label: priceAdjustmentDescription(locale),
      amountCents: booking.finalPrice - quoted,
    })
  }
  return lines
}

/**
 * The fields every issued invoice document writes alike (the first invoice and a corrected one):
 * the seller and buyer as they stand at issue, the lines, totals in integer cents, and the VAT
 * treatment with its note in the document's language. Pure.
 */
export const invoiceDocumentParts = ({
  seller,
  buyer,
  lines,
  totals,
  vat,
  language,
}: {
  seller: Awaited<ReturnType<typeof getSellerDetails>>
  buyer: BuyerDetails
  lines: NonNullable<Invoice['lines']>
  totals: ReturnType<typeof invoiceTotals>
  vat: ReturnType<typeof vatTreatment>
  language: Locale
}) => ({
  seller: {
    name: seller.name,
    address: seller.address,
    country: seller.country,
    vatId: seller.vatId,
    email: seller.email,
    kvk: seller.kvk,
    iban: seller.iban,
  },
  buyer: {
    name: buyer.name,
    address: buyer.address,
    country: buyer.country,
    vatId: buyer.vatId,
    email: buyer.email,
  },
  lines,
  subtotal: totals.subtotalCents,
  vatRatePercent: vat.ratePercent,
  vatAmount: totals.vatCents,
  total: totals.totalCents,
  vatTreatment: vat.kind,
  vatNote: vatNoteFor(vat.kind, language),
  language,
})

/**
 * The fee of each billable revision round, as recorded when the customer asked for it (the fee they
 * were shown); a round recorded before fees were kept is charged the Pricing global's fee. A
 * system read in the issuing transaction: the invoice charges what the booking's rounds cost.
 */
const billableRevisionFees = async (req: PayloadRequest, booking: Booking): Promise<number[]> => {
  // Most bookings have none: no reads then.
  if (!booking.billableRevisions) return []
  const { revisionFeeCents: fallbackCents } = await getPricingSettings(req)
  const { docs } = await req.payload.find({
    collection: slugs.deliverables,
    where: {
      and: [{ booking: { equals: booking.id } }, { billableRevision: { equals: true } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'version',
    req,
    // System read: issuing acts for the agency; the fee each round recorded is the server's own data.
    overrideAccess: true,
    select: { revisionFeeCents: true },
  })
  const fees = docs.map((d) => d.revisionFeeCents ?? fallbackCents)
  // The booking's counter is the authority on how many rounds are billable.
  const missing = Math.max(0, (booking.billableRevisions ?? 0) - fees.length)
  return [...fees, ...Array<number>(missing).fill(fallbackCents)]
}

/** Stores the document with its rendered PDF as the upload, and records it in the audit trail. */
export const storeDocument = async ({
  req,
  booking,
  data,
  trigger,
}: {
  req: PayloadRequest
  booking: Booking
  data: Omit<Invoice, 'id' | 'createdAt' | 'updatedAt'> & { lines: InvoiceLine[] }
  trigger: IssueTrigger
}): Promise<Invoice> => {
  const creditFor = data.creditFor && typeof data.creditFor === 'object' ? data.creditFor : null
  const pdf = await renderInvoicePdf({
    language: invoiceLanguage(data),
    kind: data.kind,
    number: data.number,
    creditFor: creditFor?.number ?? null,
    issueDate: new Date(data.issueDate),
    dueDate: new Date(data.dueDate),
    seller: sellerParty(data.seller),
    buyer: buyerParty(data.buyer),
    booking: {
      id: booking.id,
      reference: booking.reference ?? null,
      projectTitle: booking.projectTitle,
    },
    lines: data.lines,
    subtotalCents: data.subtotal,
    vatRatePercent: data.vatRatePercent,
    vatCents: data.vatAmount,
    totalCents: data.total,
    vatTreatment: data.vatTreatment,
  })
  // System write: invoices can't be created over the API; this is the only way one comes to exist.
  const invoice = await req.payload.create({
    collection: slugs.invoices,
    data: { ...data, creditFor: creditFor?.id ?? null },
    file: { data: pdf, mimetype: 'application/pdf', name: `${data.number}.pdf`, size: pdf.length },
    depth: 0,
    req,
    overrideAccess: true,
  })
  await recordAudit({
    req,
    action: data.kind === 'invoice' ? 'invoice.issued' : 'credit_note.issued',
    booking,
    // A person asked for a manual issue or a correction; the rest follows from the workflow.
    system: trigger !== 'manual' && trigger !== 'correction',
    details: { invoice: invoice.id, number: invoice.number, total: invoice.total, trigger },
  })
  return invoice
}

const issueInvoiceInTransaction = async ({
  req,
  bookingId,
  trigger,
}: {
  req: PayloadRequest
  bookingId: number
  trigger: IssueTrigger
}): Promise<IssueResult> => {
  const booking = await lockedBooking(req, bookingId)
  const existing = await currentInvoice(req, bookingId)
  if (existing) return { invoice: existing, created: false }
  // A manual issue needs a completed booking; the completion job and a cancellation after
  // completion may find the booking already cancelled, and still owe its invoice.
  const invoiceable =
    booking.status === 'completed' || (trigger !== 'manual' && booking.status === 'cancelled')
  if (!invoiceable) {
    throw new UserError(
      { key: 'invoice.onlyCompleted', values: { status: { key: `status.${booking.status}` } } },
      409,
    )
  }
  const customerId = relationId(booking.customer)
  if (!customerId) throw new UserError({ key: 'invoice.noCustomer' }, 409)
  // System reads: the buyer's and seller's details as they stand now go onto the invoice.
  const customer = await req.payload.findByID({
    collection: slugs.users,
    id: customerId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const seller = await getSellerDetails(req)
  // The details the booking kept when it became binding; bookings made before it kept them fall back
  // to the account as it is now.
  const buyer = booking.billingSnapshot?.customerType
    ? buyerFromSnapshot(booking.billingSnapshot, customer.email)
    : buyerFromUser(customer)
  // The invoice is written in the customer's language as it is now, and recorded with it so the
  // document (and its credit note) keeps that language.
  const language: Locale = isLocale(customer.locale) ? customer.locale : defaultLocale
  const vat = vatTreatment({
    country: buyer.country,
    customerType: buyer.customerType,
    vatId: buyer.vatId,
  })
  const lines = buildInvoiceLines({
    quoteLines: quoteLinesOf(booking, language),
    billableRevisions: booking.billableRevisions ?? 0,
    revisionFeeCents: 0,
    revisionFeesCents: await billableRevisionFees(req, booking),
  }).map((line) =>
    line.description === BILLABLE_REVISION_DESCRIPTION
      ? { ...line, description: billableRevisionDescription(language) }
      : line,
  )
  const totals = invoiceTotals({ lines, ratePercent: vat.ratePercent })
  const issueDate = new Date()
  const year = invoiceYear(issueDate)
  const sequence = await nextCounterValue({ req, key: `invoice:${year}` })
  const invoice = await storeDocument({
    req,
    booking,
    trigger,
    data: {
      kind: 'invoice',
      number: formatInvoiceNumber({ prefix: seller.invoicePrefix, year, sequence }),
      booking: booking.id,
      customer: customerId as number,
      correction: 0,
      issueDate: issueDate.toISOString(),
      dueDate: dueDate(issueDate, seller.paymentTermDays).toISOString(),
      ...invoiceDocumentParts({ seller, buyer, lines, totals, vat, language }),
    },
  })
  return { invoice, created: true }
}

/**
 * Issues a booking's invoice exactly once: numbered from the year's gap-free sequence (the counter
 * moves in the same transaction, so a rollback gives the number back), with the PDF stored in private
 * storage and an audit event — all in one transaction. Calling it again returns the existing invoice.
 */
export const issueInvoice = async ({
  req,
  bookingId,
  trigger,
}: {
  req: PayloadRequest
  bookingId: number
  trigger: IssueTrigger
}): Promise<IssueResult> =>
  withTransaction(req, () => issueInvoiceInTransaction({ req, bookingId, trigger }))

/**
 * Issues the credit note that reverses `original` in full: its own number from the credit-note
 * sequence, every amount negated, the original's parties, VAT and language, in the original's
 * correction round. Call inside the issuing transaction with the booking locked.
 */
export const issueCreditNoteFor = async ({
  req,
  booking,
  original,
  trigger,
}: {
  req: PayloadRequest
  booking: Booking
  original: Invoice
  trigger: IssueTrigger
}): Promise<Invoice> => {
  const seller = await getSellerDetails(req)
  const reversed = creditNoteFrom({
    lines: (original.lines ?? []).map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitCents: l.unitCents,
      amountCents: l.amountCents,
    })),
    subtotalCents: original.subtotal,
    vatCents: original.vatAmount,
    totalCents: original.total,
  })
  const issueDate = new Date()
  const year = invoiceYear(issueDate)
  const sequence = await nextCounterValue({ req, key: `credit_note:${year}` })
  return storeDocument({
    req,
    booking,
    trigger,
    data: {
      kind: 'credit_note',
      number: formatInvoiceNumber({ prefix: seller.creditNotePrefix, year, sequence }),
      booking: booking.id,
      customer: original.customer,
      correction: original.correction ?? 0,
      creditFor: original,
      issueDate: issueDate.toISOString(),
      dueDate: issueDate.toISOString(),
      seller: original.seller,
      buyer: original.buyer,
      lines: reversed.lines,
      subtotal: reversed.subtotalCents,
      vatRatePercent: original.vatRatePercent,
      vatAmount: reversed.vatCents,
      total: reversed.totalCents,
      vatTreatment: original.vatTreatment,
      vatNote: original.vatNote,
      // A credit note speaks the language of the invoice it reverses.
      language: invoiceLanguage(original),
    },
  })
}

/**
 * A cancellation after completion reverses the current invoice (the latest correction's) with a
 * credit note. Issues the invoice first if the completion job hadn't yet. Exactly once per booking:
 * a second call finds the current invoice reversed and returns that credit note.
 */
export const issueCreditNote = async ({
  req,
  bookingId,
}: {
  req: PayloadRequest
  bookingId: number
}): Promise<IssueResult> =>
  withTransaction(req, async () => {
    const booking = await lockedBooking(req, bookingId)
    const current = await currentInvoice(req, bookingId)
    const existing = current ? await creditNoteFor(req, current.id) : null
    if (existing) return { invoice: existing, created: false }
    if (booking.status !== 'cancelled') {
      throw new UserError({ key: 'invoice.creditNoteOnlyCancelled' }, 409)
    }
    const { invoice: original } = await issueInvoiceInTransaction({
      req,
      bookingId,
      trigger: 'cancellation',
    })
    const creditNote = await issueCreditNoteFor({
      req,
      booking,
      original,
      trigger: 'cancellation',
    })
    return { invoice: creditNote, created: true }
  })
