import { PDFParse } from 'pdf-parse'
import { describe, expect, it } from 'vitest'

import { buildInvoiceLines, creditNoteFrom, invoiceTotals } from '@/domain/invoice'

import type { InvoicePdfData, Party } from './renderInvoicePdf'
import { renderInvoicePdf } from './renderInvoicePdf'

const seller: Party = {
  name: '14voices B.V.',
  addressLines: ['Keizersgracht 1', '1015 CJ Amsterdam', 'Netherlands'],
  vatId: 'NL123456789B01',
  email: 'billing@14voices.example',
  iban: 'NL91ABNA0417164300',
  kvk: '12345678',
}

const buyer: Party = {
  name: 'Klangwerk GmbH',
  addressLines: ['Torstraße 5', '10119 Berlin', 'Germany'],
  vatId: 'DE123456789',
  email: 'ap@klangwerk.example',
}

const lines = buildInvoiceLines({
  quoteLines: [
    { label: 'Voice-over fee', amountCents: 30_000 },
    { label: 'Usage licence (online, national, 12 months)', amountCents: 15_000 },
  ],
  billableRevisions: 2,
  revisionFeeCents: 5_000,
})

const reverseChargeInvoice: InvoicePdfData = {
  language: 'en',
  kind: 'invoice',
  number: '14V-2026-0001',
  issueDate: new Date('2026-11-10T09:00:00Z'),
  dueDate: new Date('2026-11-24T09:00:00Z'),
  seller,
  buyer,
  booking: { id: 42, reference: 'BK-2026-00042', projectTitle: 'Winter campaign radio spot' },
  lines,
  ...invoiceTotals({ lines, ratePercent: 0 }),
  vatRatePercent: 0,
  vatTreatment: 'reverse_charge',
}

const dutchBuyer: Party = {
  name: 'Studio Noord',
  addressLines: ['Noorderstraat 7', '9711 AA Groningen'],
  vatId: 'NL987654321B01',
}

const domesticInvoice: InvoicePdfData = {
  ...reverseChargeInvoice,
  number: '14V-2026-0002',
  buyer: dutchBuyer,
  ...invoiceTotals({ lines, ratePercent: 21 }),
  vatRatePercent: 21,
  vatTreatment: 'domestic',
}

const creditNote: InvoicePdfData = {
  ...domesticInvoice,
  ...creditNoteFrom({ ...domesticInvoice }),
  kind: 'credit_note',
  number: '14V-2026-0003',
  creditFor: domesticInvoice.number,
}

const readPdf = async (pdf: Buffer) => {
  const parser = new PDFParse({ data: pdf })
  try {
    const text = await parser.getText()
    const info = await parser.getInfo()
    return { text: text.text, pages: text.total, title: info.info?.Title as unknown }
  } finally {
    await parser.destroy()
  }
}

/** Wrapped lines and table cells come back with varying whitespace; compare without it. */
const squash = (text: string): string => text.replace(/\s+/g, '')

describe('renderInvoicePdf', () => {
  it('should produce a PDF file', async () => {
    const pdf = await renderInvoicePdf(reverseChargeInvoice)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('should show the number, buyer, dates, lines and total of a reverse-charge invoice', async () => {
    const { text } = await readPdf(await renderInvoicePdf(reverseChargeInvoice))
    expect(text).toContain('INVOICE')
    expect(text).toContain('14V-2026-0001')
    expect(text).toContain('Bill to')
    expect(text).toContain('Klangwerk GmbH')
    // The booking number the customer knows from emails and their list, not the database id.
    expect(text).toContain('Booking BK-2026-00042')
    expect(text).toContain('VAT ID: DE123456789')
    expect(text).toContain('10 November 2026')
    expect(text).toContain('24 November 2026')
    expect(text).toContain('Billable revision round')
    expect(text).toContain('€100.00') // 2 revision rounds × €50.00
    expect(text).toContain('VAT reverse charged')
    expect(text).toContain('€550.00')
    expect(squash(text)).toContain(squash('VAT reverse charged (btw verlegd)'))
    expect(squash(text)).toContain(squash('Article 196 of Council Directive 2006/112/EC'))
  })

  it('should ask for payment to the IBAN by the due date', async () => {
    const { text } = await readPdf(await renderInvoicePdf(reverseChargeInvoice))
    expect(squash(text)).toContain(
      squash(
        'Please transfer €550.00 to IBAN NL91ABNA0417164300 in the name of 14voices B.V. by 24 November 2026',
      ),
    )
  })

  it('should show the KvK number and VAT ID in the footer', async () => {
    const { text } = await readPdf(await renderInvoicePdf(reverseChargeInvoice))
    expect(text).toContain('KvK 12345678')
    expect(text).toContain('VAT ID NL123456789B01')
  })

  it('should set the document title to the invoice number', async () => {
    const { title } = await readPdf(await renderInvoicePdf(reverseChargeInvoice))
    expect(title).toBe('14V-2026-0001')
  })

  it('should show Dutch VAT on a domestic invoice', async () => {
    const { text } = await readPdf(await renderInvoicePdf(domesticInvoice))
    // €550.00 + 21% = €665.50
    expect(text).toContain('VAT 21%')
    expect(text).toContain('€115.50')
    expect(text).toContain('€665.50')
  })

  it('should show a credit note with negative amounts and the invoice it credits', async () => {
    const { text } = await readPdf(await renderInvoicePdf(creditNote))
    expect(text).toContain('CREDIT NOTE')
    expect(text).toContain('14V-2026-0003')
    expect(text).toContain('Credit note for invoice 14V-2026-0002')
    expect(text).toContain('-€300.00')
    expect(text).toContain('-€665.50')
  })

  it('should continue a long invoice on further pages', async () => {
    const manyLines = Array.from({ length: 60 }, (_, index) => ({
      description: `Pick-up session ${index + 1}`,
      quantity: 1,
      unitCents: 1_000,
      amountCents: 1_000,
    }))
    const { text, pages } = await readPdf(
      await renderInvoicePdf({
        ...domesticInvoice,
        lines: manyLines,
        ...invoiceTotals({ lines: manyLines, ratePercent: 21 }),
      }),
    )
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain('Pick-up session 60')
    expect(text).toContain('€726.00')
    expect(text).toContain(`Page ${pages} of ${pages}`)
  })

  it('should render the same bytes for the same invoice', async () => {
    const first = await renderInvoicePdf(domesticInvoice)
    const second = await renderInvoicePdf(domesticInvoice)
    expect(first.equals(second)).toBe(true)
  })

  it.each([
    ['Polish', 'Łódzka Spółka Dźwięku Sp. z o.o.'],
    ['Czech', 'Řízení zvuku s.r.o.'],
    ['Turkish', 'İstanbul Ses Ağı'],
    ['Greek', 'Ηχητική Εταιρεία'],
    ['Cyrillic', 'Звукозапись ООО'],
    ['Chinese', '声音工作室'],
    ['Japanese', 'さくら音響株式会社'],
  ])('should print a %s buyer name as written: %s', async (_language, name) => {
    const { text } = await readPdf(
      await renderInvoicePdf({
        ...reverseChargeInvoice,
        buyer: { ...buyer, name, addressLines: [name] },
      }),
    )
    // Extracted text may be decomposed (NFD) or wrapped differently; compare composed, unspaced.
    expect(squash(text.normalize('NFC'))).toContain(squash(name))
  })

  it('should print a line that mixes Latin and CJK text, switching font per run', async () => {
    const mixed = 'Studio 声音 narration (日本語) — Ünïcode'
    const mixedLines = [{ description: mixed, quantity: 1, unitCents: 10_000, amountCents: 10_000 }]
    const { text } = await readPdf(
      await renderInvoicePdf({
        ...domesticInvoice,
        lines: mixedLines,
        ...invoiceTotals({ lines: mixedLines, ratePercent: 21 }),
      }),
    )
    expect(squash(text.normalize('NFC'))).toContain(squash(mixed))
  })

  it('should embed its own fonts instead of the Latin-1-only Helvetica', async () => {
    const pdf = (
      await renderInvoicePdf({ ...reverseChargeInvoice, buyer: { ...buyer, name: '声音工作室' } })
    ).toString('latin1')
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/)
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-/)
    expect(pdf).not.toMatch(/\/BaseFont \/Helvetica/)
  })

  describe('in Dutch', () => {
    const dutch = { ...domesticInvoice, language: 'nl' as const }

    it('should word the header, parties, table and totals in Dutch', async () => {
      const { text } = await readPdf(await renderInvoicePdf(dutch))
      const flat = squash(text)
      expect({
        title: text.includes('FACTUUR'),
        number: flat.includes(squash('Factuurnummer')),
        dates: flat.includes(squash('Factuurdatum10 november 2026')),
        due: flat.includes(squash('Vervaldatum24 november 2026')),
        billTo: text.includes('Factuur aan'),
        sellerVatId: text.includes('Btw-nummer: NL123456789B01'),
        columns: flat.includes(squash('Omschrijving Aantal Prijs per stuk Bedrag')),
        vat: text.includes('Btw 21%'),
        total: flat.includes(squash('Totaal € 665,50')),
        page: text.includes('Pagina 1 van 1'),
      }).toEqual({
        title: true,
        number: true,
        dates: true,
        due: true,
        billTo: true,
        sellerVatId: true,
        columns: true,
        vat: true,
        total: true,
        page: true,
      })
    })

    it('should format amounts the Dutch way (€ 1.234,56)', async () => {
      const big = [
        { description: 'Campagne', quantity: 1, unitCents: 123_456, amountCents: 123_456 },
      ]
      const { text } = await readPdf(
        await renderInvoicePdf({
          ...dutch,
          lines: big,
          ...invoiceTotals({ lines: big, ratePercent: 21 }),
        }),
      )
      // 1 234,56 + 21 % (259,26) = 1 493,82
      expect([
        squash(text).includes(squash('€ 1.234,56')),
        squash(text).includes(squash('€ 1.493,82')),
      ]).toEqual([true, true])
    })

    it('should ask for payment in Dutch', async () => {
      const { text } = await readPdf(await renderInvoicePdf(dutch))
      expect(squash(text)).toContain(
        squash(
          'Maak € 665,50 uiterlijk 24 november 2026 over naar IBAN NL91ABNA0417164300 ten name van 14voices B.V., onder vermelding van 14V-2026-0002.',
        ),
      )
    })

    it('should say "btw verlegd" on a reverse-charge invoice', async () => {
      const { text } = await readPdf(
        await renderInvoicePdf({ ...reverseChargeInvoice, language: 'nl' }),
      )
      expect([
        text.includes('Btw verlegd'),
        squash(text).includes(squash('artikel 196 van Richtlijn 2006/112/EG')),
      ]).toEqual([true, true])
    })

    it('should word a credit note in Dutch', async () => {
      const { text } = await readPdf(await renderInvoicePdf({ ...creditNote, language: 'nl' }))
      expect([
        text.includes('CREDITNOTA'),
        text.includes('Creditnota voor factuur 14V-2026-0002'),
        squash(text).includes(squash('U hoeft niets te betalen. Wij betalen € 665,50')),
      ]).toEqual([true, true, true])
    })

    it('should carry no English label', async () => {
      const { text } = await readPdf(await renderInvoicePdf(dutch))
      expect(
        text.match(
          /\b(INVOICE|Invoice|Bill to|Issue date|Due date|Subtotal|Total|Payment|Page|VAT|Amount|Description)\b/g,
        ),
      ).toBeNull()
    })

    it('should give the document a Dutch subject', async () => {
      const parser = new PDFParse({ data: await renderInvoicePdf(dutch) })
      try {
        const info = await parser.getInfo()
        expect(info.info?.Subject).toBe('Factuur 14V-2026-0002')
      } finally {
        await parser.destroy()
      }
    })
  })
})
