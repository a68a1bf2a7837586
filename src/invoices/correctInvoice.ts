import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import { nextCounterValue } from '@/db/atomicIncrement'
import { withTransaction } from '@/db/withTransaction'
import type { BillingInput } from '@/domain/billingDetails'
import { missingBillingDetails, normaliseBillingDetails } from '@/domain/billingDetails'
import { dueDate, formatInvoiceNumber, invoiceTotals } from '@/domain/invoice'
import { vatIdProblem, vatTreatment } from '@/domain/vat'
import { UserError } from '@/errors/UserError'
import { queueNotifications } from '@/notifications/queueNotifications'
import type { Invoice } from '@/payload-types'
import { slugs } from '@/slugs'

import type { BillingSnapshot } from './invoiceParties'
import { buyerFromSnapshot, getSellerDetails } from './invoiceParties'
import {
  creditNoteFor,
  invoiceDocumentParts,
  invoiceLanguage,
  invoiceYear,
  issueCreditNoteFor,
  lockedBooking,
  storeDocument,
} from './issueInvoice'

export type CorrectionResult = { creditNote: Invoice; invoice: Invoice; created: boolean }

/** The invoice that replaced `invoiceId` after a correction, or `null`. System read. */
const replacementOf = async (req: PayloadRequest, invoiceId: number): Promise<Invoice | null> => {
  const found = await req.payload.find({
    collection: slugs.invoices,
    where: { and: [{ replaces: { equals: invoiceId } }, { kind: { equals: 'invoice' } }] },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

/**
 * The corrected details, checked: a VAT ID that fails its country's rules is refused with the
 * `vat.*` sentence (400), details an invoice can't be issued to with `billing.correctionIncomplete`
 * naming what is missing (422).
 */
const checkedDetails = (details: BillingInput) => {
  const problem = vatIdProblem({ vatId: details.vatId, country: details.country })
  if (problem !== null && details.customerType !== 'consumer') throw new UserError(problem, 400)
  const missing = missingBillingDetails(details)
  if (missing.length > 0) {
    throw new UserError(
      {
        key: 'billing.correctionIncomplete',
        values: {
          missing: {
            list: missing.map((field) => ({ key: `billing.field.${field}` })),
            join: 'and',
          },
        },
      },
      422,
      { missing },
    )
  }
  return normaliseBillingDetails(details)
}

const inTransaction = async ({
  req,
  invoiceId,
  details,
}: {
  req: PayloadRequest
  invoiceId: number
  details: BillingInput
}): Promise<CorrectionResult> => {
  // System read: the caller is an admin (checked by the endpoint); invoices are created by the server.
  const wrong = await req.payload
    .findByID({ collection: slugs.invoices, id: invoiceId, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!wrong)
    throw new UserError({ key: 'billing.invoiceNotFound', values: { id: invoiceId } }, 404)
  if (wrong.kind !== 'invoice')
    throw new UserError({ key: 'billing.creditNoteNotCorrectable' }, 409)
  // Serialises with the completion job, cancellations and a second click: the second request waits
  // here, then finds the invoice reversed and answers with the pair the first one made.
  const booking = await lockedBooking(req, relationId(wrong.booking) as number)
  const reversed = await creditNoteFor(req, wrong.id)
  if (reversed) {
    const replacement = await replacementOf(req, wrong.id)
    if (replacement) return { creditNote: reversed, invoice: replacement, created: false }
    throw new UserError(
      { key: 'billing.alreadyCredited', values: { number: reversed.number } },
      409,
    )
  }
  const corrected = checkedDetails(details)
  const snapshot: BillingSnapshot = {
    ...corrected,
    email: booking.billingSnapshot?.email || wrong.buyer?.email || null,
  }
  // System write: the booking's snapshot is the server's (field access: admins only); the admin's
  // corrected details replace it, so a later credit note or correction starts from them.
  await req.payload.update({
    collection: slugs.bookings,
    id: booking.id,
    data: { billingSnapshot: snapshot },
    depth: 0,
    req,
    overrideAccess: true,
  })

  const creditNote = await issueCreditNoteFor({
    req,
    booking,
    original: wrong,
    trigger: 'correction',
  })

  const seller = await getSellerDetails(req)
  const buyer = buyerFromSnapshot(snapshot, wrong.buyer?.email ?? '')
  const vat = vatTreatment({
    country: buyer.country,
    customerType: buyer.customerType,
    vatId: buyer.vatId,
  })
  // The same lines as the wrong invoice (the booking's price didn't change); the VAT follows the
  // corrected details (a VAT ID can turn Dutch VAT into reverse charge, or back).
  const lines = (wrong.lines ?? []).map((l) => ({
    description: l.description,
    quantity: l.quantity,
    unitCents: l.unitCents,
    amountCents: l.amountCents,
  }))
  const totals = invoiceTotals({ lines, ratePercent: vat.ratePercent })
  const language = invoiceLanguage(wrong)
  const issueDate = new Date()
  const year = invoiceYear(issueDate)
  const sequence = await nextCounterValue({ req, key: `invoice:${year}` })
  const invoice = await storeDocument({
    req,
    booking: { ...booking, billingSnapshot: snapshot },
    trigger: 'correction',
    data: {
      kind: 'invoice',
      number: formatInvoiceNumber({ prefix: seller.invoicePrefix, year, sequence }),
      booking: booking.id,
      customer: wrong.customer,
      correction: (wrong.correction ?? 0) + 1,
      replaces: wrong.id,
      issueDate: issueDate.toISOString(),
      dueDate: dueDate(issueDate, seller.paymentTermDays).toISOString(),
      ...invoiceDocumentParts({ seller, buyer, lines, totals, vat, language }),
    },
  })
  await recordAudit({
    req,
    action: 'invoice.corrected',
    booking,
    details: {
      invoice: wrong.id,
      number: wrong.number,
      creditNote: creditNote.id,
      creditNoteNumber: creditNote.number,
      newInvoice: invoice.id,
      newNumber: invoice.number,
      buyerBefore: wrong.buyer ?? null,
      buyerAfter: invoice.buyer ?? null,
    },
  })
  // In the same transaction: the customer's email with the new invoice exists only if it does.
  await queueNotifications({
    req,
    booking,
    event: 'invoice_corrected',
    eventKey: `invoice:corrected:${wrong.id}`,
  })
  return { creditNote, invoice, created: true }
}

/**
 * Corrects an issued invoice the Dutch way: a credit note reverses it in full and a new invoice is
 * issued to the corrected billing details — the issued documents themselves never change
 * (`refuseChanges`). One transaction: the booking's `billingSnapshot` is replaced by the corrected
 * details, both documents are numbered from their gap-free sequences with their PDFs stored, the
 * audit trail records `invoice.corrected` (plus each document's own event), and the customer's email
 * with the new invoice is queued.
 *
 * Input: the wrong invoice's id and the corrected details (`BillingInput`: customer type, company,
 * name, address, country, VAT ID). Output: the credit note and the new invoice; `created: false`
 * when the invoice had already been corrected (a double click answers with the same pair).
 * Throws `UserError` 404 (no such invoice), 409 (a credit note, or an invoice a cancellation already
 * reversed), 400 (a VAT ID that fails its country's rules), 422 (details an invoice can't carry).
 * Access is the caller's job (admins only: `POST /api/invoices/:id/correct`).
 */
export const correctInvoice = async ({
  req,
  invoiceId,
  details,
}: {
  req: PayloadRequest
  invoiceId: number
  details: BillingInput
}): Promise<CorrectionResult> =>
  withTransaction(req, () => inTransaction({ req, invoiceId, details }))
