/**
 * Invoice numbering, lines, totals and credit notes. Pure: the caller passes the quote and the
 * revision count; storing invoices and issuing sequence numbers is the collection's job. All money is
 * integer euro cents.
 */

import { vatAmountCents } from './vat'

export type InvoiceLine = {
  description: string
  quantity: number
  unitCents: number
  amountCents: number
}

export type InvoiceTotals = { subtotalCents: number; vatCents: number; totalCents: number }

/** "14V-2026-0001"; the sequence grows past four digits rather than wrapping. */
export const formatInvoiceNumber = ({
  prefix,
  year,
  sequence,
}: {
  prefix: string
  year: number
  sequence: number
}): string => {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError('sequence must be a positive integer')
  }
  if (!Number.isInteger(year)) throw new RangeError('year must be an integer')
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`
}

export const BILLABLE_REVISION_DESCRIPTION = 'Billable revision round'

/**
 * The invoice's lines: each non-zero quote line once, then the billable revision rounds. Rounds are
 * charged at the fee recorded with each round (`revisionFeesCents`, one entry per billable round,
 * the fee the customer was shown when asking), one line per distinct fee in order of first
 * appearance; without recorded fees, `billableRevisions × revisionFeeCents`. Integer cents.
 */
export const buildInvoiceLines = ({
  quoteLines,
  billableRevisions,
  revisionFeeCents,
  revisionFeesCents,
}: {
  quoteLines: { label: string; amountCents: number }[]
  billableRevisions: number
  revisionFeeCents: number
  revisionFeesCents?: readonly number[]
}): InvoiceLine[] => {
  const lines: InvoiceLine[] = quoteLines
    .filter((line) => line.amountCents !== 0)
    .map((line) => ({
      description: line.label,
      quantity: 1,
      unitCents: line.amountCents,
      amountCents: line.amountCents,
    }))
  const fees =
    revisionFeesCents ?? Array<number>(Math.max(0, billableRevisions)).fill(revisionFeeCents)
  const rounds = new Map<number, number>()
  for (const fee of fees) rounds.set(fee, (rounds.get(fee) ?? 0) + 1)
  for (const [unitCents, quantity] of rounds) {
    lines.push({
      description: BILLABLE_REVISION_DESCRIPTION,
      quantity,
      unitCents,
      amountCents: quantity * unitCents,
    })
  }
  return lines
}

/**
 * What the invoice for a booking approved now will come to: the booking's price (`priceCents`, the
 * final price or the quote, excl. VAT) plus the billable revision fees, with VAT at `ratePercent`
 * computed once on the subtotal — the same arithmetic as `invoiceTotals`. For the approval
 * confirmation; the invoice itself is built by `buildInvoiceLines`.
 */
export const estimateInvoiceTotals = ({
  priceCents,
  revisionFeesCents,
  ratePercent,
}: {
  priceCents: number
  revisionFeesCents: readonly number[]
  ratePercent: number
}): InvoiceTotals => {
  const subtotalCents = priceCents + revisionFeesCents.reduce((sum, fee) => sum + fee, 0)
  const vatCents = vatAmountCents({ subtotalCents, ratePercent })
  return { subtotalCents, vatCents, totalCents: subtotalCents + vatCents }
}

/** VAT is computed once on the subtotal, not per line, so rounding happens only once. */
export const invoiceTotals = ({
  lines,
  ratePercent,
}: {
  lines: InvoiceLine[]
  ratePercent: number
}): InvoiceTotals => {
  const subtotalCents = lines.reduce((sum, line) => sum + line.amountCents, 0)
  const vatCents = vatAmountCents({ subtotalCents, ratePercent })
  return { subtotalCents, vatCents, totalCents: subtotalCents + vatCents }
}

// `|| 0` turns -0 into 0, which would otherwise print as "-€0.00".
const negate = (cents: number): number => 0 - cents || 0

/**
 * The full reversal of an invoice: every amount negated, quantities kept positive (a credit note
 * reverses the price, not the number of items delivered).
 */
export const creditNoteFrom = ({
  lines,
  subtotalCents,
  vatCents,
  totalCents,
}: InvoiceTotals & { lines: InvoiceLine[] }): InvoiceTotals & { lines: InvoiceLine[] } => ({
  lines: lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitCents: negate(line.unitCents),
    amountCents: negate(line.amountCents),
  })),
  subtotalCents: negate(subtotalCents),
  vatCents: negate(vatCents),
  totalCents: negate(totalCents),
})

const DAY_MS = 24 * 60 * 60 * 1000

/** Calendar days in fixed 24-hour steps, so the result does not depend on the server's time zone. */
export const dueDate = (issueDate: Date, days: number): Date =>
  new Date(issueDate.getTime() + days * DAY_MS)
