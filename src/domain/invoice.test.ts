import { describe, expect, it } from 'vitest'

import type { InvoiceLine } from './invoice'
import {
  BILLABLE_REVISION_DESCRIPTION,
  buildInvoiceLines,
  creditNoteFrom,
  dueDate,
  estimateInvoiceTotals,
  formatInvoiceNumber,
  invoiceTotals,
} from './invoice'

const line = (description: string, amountCents: number): InvoiceLine => ({
  description,
  quantity: 1,
  unitCents: amountCents,
  amountCents,
})

describe('formatInvoiceNumber', () => {
  it.each([
    [1, '14V-2026-0001'],
    [42, '14V-2026-0042'],
    [9_999, '14V-2026-9999'],
    [10_000, '14V-2026-10000'],
    [123_456, '14V-2026-123456'],
  ])('should format sequence %i as %s', (sequence, expected) => {
    expect(formatInvoiceNumber({ prefix: '14V', year: 2026, sequence })).toBe(expected)
  })

  it('should use the prefix exactly as given', () => {
    expect(formatInvoiceNumber({ prefix: 'cn', year: 2027, sequence: 3 })).toBe('cn-2027-0003')
  })

  it.each([0, -1, 1.5, Number.NaN])('should refuse sequence %s', (sequence) => {
    expect(() => formatInvoiceNumber({ prefix: '14V', year: 2026, sequence })).toThrow(RangeError)
  })
})

describe('buildInvoiceLines', () => {
  it('should turn each quote line into a line of quantity 1', () => {
    const lines = buildInvoiceLines({
      quoteLines: [
        { label: 'Voice-over fee', amountCents: 30_000 },
        { label: 'Usage licence (online, national, 12 months)', amountCents: 15_000 },
      ],
      billableRevisions: 0,
      revisionFeeCents: 5_000,
    })
    expect(lines).toEqual([
      line('Voice-over fee', 30_000),
      line('Usage licence (online, national, 12 months)', 15_000),
    ])
  })

  it('should drop quote lines of zero', () => {
    const lines = buildInvoiceLines({
      quoteLines: [
        { label: 'Voice-over fee', amountCents: 30_000 },
        { label: 'Usage licence (online, national, internal)', amountCents: 0 },
      ],
      billableRevisions: 0,
      revisionFeeCents: 5_000,
    })
    expect(lines.map((l) => l.description)).toEqual(['Voice-over fee'])
  })

  it('should add one line for all billable revision rounds', () => {
    const lines = buildInvoiceLines({
      quoteLines: [{ label: 'Voice-over fee', amountCents: 30_000 }],
      billableRevisions: 3,
      revisionFeeCents: 5_000,
    })
    expect(lines.at(-1)).toEqual({
      description: BILLABLE_REVISION_DESCRIPTION,
      quantity: 3,
      unitCents: 5_000,
      amountCents: 15_000,
    })
    expect(BILLABLE_REVISION_DESCRIPTION).toBe('Billable revision round')
  })

  it('should charge each billable round at the fee recorded with it, one line per fee', () => {
    const lines = buildInvoiceLines({
      quoteLines: [{ label: 'Voice-over fee', amountCents: 30_000 }],
      billableRevisions: 3,
      revisionFeeCents: 9_999,
      revisionFeesCents: [7_500, 7_500, 10_000],
    })
    expect(lines.slice(1).map((l) => [l.quantity, l.unitCents, l.amountCents])).toEqual([
      [2, 7_500, 15_000],
      [1, 10_000, 10_000],
    ])
  })

  it('should add no revision line when no rounds are billable', () => {
    const lines = buildInvoiceLines({
      quoteLines: [{ label: 'Voice-over fee', amountCents: 30_000 }],
      billableRevisions: 0,
      revisionFeeCents: 5_000,
    })
    expect(lines).toHaveLength(1)
  })
})

describe('invoiceTotals', () => {
  it('should add 21% VAT to the subtotal', () => {
    const totals = invoiceTotals({
      lines: [line('Voice-over fee', 30_000), line('Usage licence', 15_000)],
      ratePercent: 21,
    })
    expect(totals).toEqual({ subtotalCents: 45_000, vatCents: 9_450, totalCents: 54_450 })
  })

  it('should round VAT once on the subtotal rather than per line', () => {
    const totals = invoiceTotals({
      lines: [line('a', 250), line('b', 250)],
      ratePercent: 21,
    })
    // Per line 52.5 → 53 each (106); on the subtotal 500 × 21% = 105.
    expect(totals.vatCents).toBe(105)
    expect(totals.totalCents).toBe(605)
  })

  it('should charge no VAT at 0%', () => {
    const totals = invoiceTotals({ lines: [line('Voice-over fee', 30_000)], ratePercent: 0 })
    expect(totals).toEqual({ subtotalCents: 30_000, vatCents: 0, totalCents: 30_000 })
  })

  it('should total an empty invoice as zero', () => {
    expect(invoiceTotals({ lines: [], ratePercent: 21 })).toEqual({
      subtotalCents: 0,
      vatCents: 0,
      totalCents: 0,
    })
  })
})

describe('creditNoteFrom', () => {
  const lines = [
    line('Voice-over fee', 30_000),
    {
      description: BILLABLE_REVISION_DESCRIPTION,
      quantity: 2,
      unitCents: 5_000,
      amountCents: 10_000,
    },
  ]
  const invoice = { lines, ...invoiceTotals({ lines, ratePercent: 21 }) }

  it('should negate every amount and keep quantities and descriptions', () => {
    expect(creditNoteFrom(invoice)).toEqual({
      lines: [
        { description: 'Voice-over fee', quantity: 1, unitCents: -30_000, amountCents: -30_000 },
        {
          description: BILLABLE_REVISION_DESCRIPTION,
          quantity: 2,
          unitCents: -5_000,
          amountCents: -10_000,
        },
      ],
      subtotalCents: -40_000,
      vatCents: -8_400,
      totalCents: -48_400,
    })
  })

  it('should match the totals recomputed from the negated lines', () => {
    const credit = creditNoteFrom(invoice)
    expect(invoiceTotals({ lines: credit.lines, ratePercent: 21 })).toEqual({
      subtotalCents: credit.subtotalCents,
      vatCents: credit.vatCents,
      totalCents: credit.totalCents,
    })
  })

  it('should not produce negative zero', () => {
    const credit = creditNoteFrom({
      lines: [line('Free sample', 0)],
      subtotalCents: 0,
      vatCents: 0,
      totalCents: 0,
    })
    const amounts = [
      credit.lines[0].unitCents,
      credit.lines[0].amountCents,
      credit.subtotalCents,
      credit.vatCents,
      credit.totalCents,
    ]
    expect(amounts.map((cents) => Object.is(cents, -0))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('should leave the invoice it was given untouched', () => {
    const before = structuredClone(invoice)
    creditNoteFrom(invoice)
    expect(invoice).toEqual(before)
  })
})

describe('dueDate', () => {
  it('should add calendar days', () => {
    expect(dueDate(new Date('2026-11-10T00:00:00Z'), 14)).toEqual(new Date('2026-11-24T00:00:00Z'))
  })

  it('should cross a month and year end', () => {
    expect(dueDate(new Date('2026-12-20T09:30:00Z'), 30)).toEqual(new Date('2027-01-19T09:30:00Z'))
  })

  it('should keep the UTC time of day across the end of summer time', () => {
    // Europe/Amsterdam leaves summer time on 25 October 2026.
    expect(dueDate(new Date('2026-10-20T00:00:00Z'), 14)).toEqual(new Date('2026-11-03T00:00:00Z'))
  })

  it('should return the issue date for zero days', () => {
    const issued = new Date('2026-11-10T12:00:00Z')
    expect(dueDate(issued, 0)).toEqual(issued)
  })
})

describe('estimateInvoiceTotals', () => {
  it('should add the revision fees to the price and VAT once on the subtotal', () => {
    expect(
      estimateInvoiceTotals({ priceCents: 45_000, revisionFeesCents: [7_500], ratePercent: 21 }),
    ).toEqual({ subtotalCents: 52_500, vatCents: 11_025, totalCents: 63_525 })
  })

  it('should add no VAT for a reverse-charge customer', () => {
    expect(
      estimateInvoiceTotals({ priceCents: 45_000, revisionFeesCents: [], ratePercent: 0 }),
    ).toEqual({ subtotalCents: 45_000, vatCents: 0, totalCents: 45_000 })
  })
})
