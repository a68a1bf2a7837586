/**
 * Renders an invoice or credit note as an A4 PDF in the language recorded on it (Dutch or English,
 * every label from the `invoice` message catalogue), set in embedded Noto Sans (any EU language,
 * Turkish, Greek, Cyrillic) with a CJK fallback font chosen per run of text (see `invoiceFonts.ts`),
 * so a customer's name prints as they wrote it. Amounts arrive as integer cents and become euros only
 * when formatted, per language with `Intl` (nl "€ 437,50", en "€437.50").
 */

import PDFDocument from 'pdfkit'

import type { InvoiceLine } from '@/domain/invoice'
import { formatDate as formatAgencyDate } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import type { VatTreatment } from '@/domain/vat'
import { intlTag, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

import type { FontFamily, FontWeight } from './invoiceFonts'
import { fontRuns, loadFont } from './invoiceFonts'

export type Party = {
  name: string
  addressLines: string[]
  vatId?: string | null
  email?: string | null
  iban?: string | null
  kvk?: string | null
}

export type InvoicePdfData = {
  /** The language the document is written in (the customer's, recorded when it was issued). */
  language: Locale
  kind: 'invoice' | 'credit_note'
  number: string
  creditFor?: string | null
  issueDate: Date
  dueDate: Date
  seller: Party
  buyer: Party
  /** `reference` is the booking number customers see (BK-2026-00042); older bookings may lack one. */
  booking: { id: string | number; reference?: string | null; projectTitle: string }
  lines: InvoiceLine[]
  subtotalCents: number
  vatRatePercent: number
  vatCents: number
  totalCents: number
  /** Decides the VAT row's label and the legal note (reverse charge: "btw verlegd"). */
  vatTreatment: VatTreatment['kind']
}

type InvoiceTranslator = ReturnType<typeof translatorFor<'invoice'>>

/** Everything the drawing functions need to word and format the document in its language. */
type Words = {
  t: InvoiceTranslator
  money: (cents: number) => string
  // Dates are Amsterdam calendar dates, whatever the server's TZ (the one date formatter).
  date: (date: Date) => string
}

const wordsFor = (language: Locale): Words => ({
  t: translatorFor(language, 'invoice'),
  money: (cents) => formatEuro(cents, language),
  date: (date) => formatAgencyDate(date, { locale: language }),
})

/**
 * The legal VAT note an invoice of this treatment carries, in `language`, or null for Dutch VAT.
 * Reverse charge: art. 226(11a) of Directive 2006/112/EC asks for "reverse charge", the Dutch act
 * (art. 35a Wet OB 1968) for "btw verlegd" — both languages say "btw verlegd". Export: art. 44.
 */
export const vatNoteFor = (kind: VatTreatment['kind'], language: Locale): string | null =>
  kind === 'domestic' ? null : translatorFor(language, 'invoice')(`vatNote.${kind}`)

const fontName = (family: FontFamily, weight: FontWeight): string => `${family}-${weight}`
const INK = '#1a1a1a'
const MUTED = '#6b6b6b'
const RULE = '#d0d0d0'
const SHADE = '#f2f2f2'

const MARGIN = 50
const FOOTER_HEIGHT = 40
const CONTENT_WIDTH = 595.28 - 2 * MARGIN

const columns = {
  description: { x: MARGIN, width: 250 },
  quantity: { x: MARGIN + 255, width: 40 },
  unit: { x: MARGIN + 300, width: 95 },
  amount: { x: MARGIN + 400, width: CONTENT_WIDTH - 400 },
}
const RIGHT_BLOCK_X = MARGIN + 280
const RIGHT_BLOCK_WIDTH = CONTENT_WIDTH - 280
const CELL_PADDING = 6

type Doc = InstanceType<typeof PDFDocument>
type TextOptions = PDFKit.Mixins.TextOptions

const registerFonts = (doc: Doc): void => {
  for (const family of ['main', 'cjk'] as const) {
    for (const weight of ['regular', 'bold'] as const) {
      // pdfkit accepts a parsed fontkit font as well as bytes (PDFFontFactory.open); its types lag.
      const font = loadFont(family, weight) as unknown as PDFKit.Mixins.PDFFontSource
      doc.registerFont(fontName(family, weight), font)
    }
  }
}

const weights = new WeakMap<Doc, FontWeight>()

/** Selects the main font in a weight, remembered so CJK runs are set in the same weight. */
const selectFont = (doc: Doc, weight: FontWeight): Doc => {
  weights.set(doc, weight)
  return doc.font(fontName('main', weight))
}

const weightOf = (doc: Doc): FontWeight => weights.get(doc) ?? 'regular'

/**
 * Writes text at (x, y) in the current weight, switching to the CJK font for runs of CJK characters
 * (pdfkit's `continued` keeps the runs on one flowing line). Leaves the main font selected.
 */
const put = (doc: Doc, text: string, x: number, y: number, options: TextOptions = {}): Doc => {
  const weight = weightOf(doc)
  const runs = fontRuns(text)
  if (runs.every((run) => run.family === 'main')) return doc.text(text, x, y, options)
  // pdfkit aligns each `continued` run on its own, so centred or right-aligned mixed text landed on
  // top of itself: when it fits on one line, measure the runs and place them one after another.
  const widths = runs.map((run) => doc.font(fontName(run.family, weight)).widthOfString(run.text))
  const total = widths.reduce((sum, w) => sum + w, 0)
  const box = options.width
  if ((options.align === 'center' || options.align === 'right') && box && total <= box) {
    let cursor = x + (options.align === 'right' ? box - total : (box - total) / 2)
    runs.forEach((run, index) => {
      doc.font(fontName(run.family, weight)).text(run.text, cursor, y, { lineBreak: false })
      cursor += widths[index]!
    })
    return doc.font(fontName('main', weight))
  }
  runs.forEach((run, index) => {
    doc.font(fontName(run.family, weight))
    const runOptions = { ...options, continued: index < runs.length - 1 }
    if (index === 0) doc.text(run.text, x, y, runOptions)
    else doc.text(run.text, runOptions)
  })
  return doc.font(fontName('main', weight))
}

/**
 * Height of text at the given width. Text with CJK characters is measured in the CJK font, whose
 * glyphs are the wider ones, so wrapping is never under-estimated.
 */
const heightOf = (doc: Doc, text: string, options: TextOptions): number => {
  const weight = weightOf(doc)
  if (fontRuns(text).every((run) => run.family === 'main')) {
    return doc.heightOfString(text, options)
  }
  const height = doc.font(fontName('cjk', weight)).heightOfString(text, options)
  doc.font(fontName('main', weight))
  return height
}

/** Writes lines top-down from `y` and returns the y below the last one. */
const writeLines = ({
  doc,
  lines,
  x,
  y,
  width,
  align = 'left',
}: {
  doc: Doc
  lines: string[]
  x: number
  y: number
  width: number
  align?: 'left' | 'right'
}): number =>
  lines.reduce((top, text) => {
    put(doc, text, x, top, { width, align })
    return top + heightOf(doc, text, { width })
  }, y)

const partyDetails = (party: Party, { t }: Words): string[] => [
  ...party.addressLines,
  ...(party.vatId ? [t('vatId', { vatId: party.vatId })] : []),
  ...(party.email ? [party.email] : []),
]

const drawHeader = (doc: Doc, data: InvoicePdfData, words: Words): number => {
  const { t } = words
  const { seller } = data
  selectFont(doc, 'bold').fontSize(18).fillColor(INK)
  put(doc, seller.name, MARGIN, MARGIN, { width: 270 })
  let leftY = MARGIN + heightOf(doc, seller.name, { width: 270 }) + 4
  selectFont(doc, 'regular').fontSize(9).fillColor(MUTED)
  leftY = writeLines({ doc, lines: partyDetails(seller, words), x: MARGIN, y: leftY, width: 270 })

  selectFont(doc, 'bold').fontSize(20).fillColor(INK)
  doc.text(t(`title.${data.kind}`), RIGHT_BLOCK_X, MARGIN, {
    width: RIGHT_BLOCK_WIDTH,
    align: 'right',
  })
  let rightY = MARGIN + 30
  const meta: [string, string][] = [
    [t(`numberLabel.${data.kind}`), data.number],
    [t('issueDate'), words.date(data.issueDate)],
    [t('dueDate'), words.date(data.dueDate)],
  ]
  doc.fontSize(9)
  for (const [label, value] of meta) {
    selectFont(doc, 'regular')
      .fillColor(MUTED)
      .text(label, RIGHT_BLOCK_X, rightY, { lineBreak: false })
    selectFont(doc, 'bold').fillColor(INK)
    doc.text(value, RIGHT_BLOCK_X, rightY, { width: RIGHT_BLOCK_WIDTH, align: 'right' })
    rightY += 14
  }
  if (data.creditFor) {
    selectFont(doc, 'regular').fillColor(INK)
    doc.text(t('creditFor', { number: data.creditFor }), RIGHT_BLOCK_X, rightY + 4, {
      width: RIGHT_BLOCK_WIDTH,
      align: 'right',
    })
    rightY += 18
  }
  return Math.max(leftY, rightY)
}

const drawParties = (doc: Doc, data: InvoicePdfData, words: Words, top: number): number => {
  const { t } = words
  selectFont(doc, 'bold').fontSize(9).fillColor(MUTED).text(t('billTo'), MARGIN, top)
  selectFont(doc, 'bold').fontSize(11).fillColor(INK)
  put(doc, data.buyer.name, MARGIN, top + 14, { width: 270 })
  let leftY = top + 14 + heightOf(doc, data.buyer.name, { width: 270 }) + 2
  selectFont(doc, 'regular').fontSize(9).fillColor(INK)
  leftY = writeLines({
    doc,
    lines: partyDetails(data.buyer, words),
    x: MARGIN,
    y: leftY,
    width: 270,
  })

  selectFont(doc, 'bold').fontSize(9).fillColor(MUTED).text(t('booking'), RIGHT_BLOCK_X, top, {
    width: RIGHT_BLOCK_WIDTH,
    align: 'right',
  })
  selectFont(doc, 'regular').fontSize(9).fillColor(INK)
  const rightY = writeLines({
    doc,
    lines: [
      t('reference', { reference: data.booking.reference ?? `#${data.booking.id}` }),
      data.booking.projectTitle,
    ],
    x: RIGHT_BLOCK_X,
    y: top + 14,
    width: RIGHT_BLOCK_WIDTH,
    align: 'right',
  })
  return Math.max(leftY, rightY)
}

const drawTableHeader = (doc: Doc, { t }: Words, top: number): number => {
  const height = 20
  doc.rect(MARGIN, top, CONTENT_WIDTH, height).fill(SHADE)
  selectFont(doc, 'bold').fontSize(9).fillColor(INK)
  const textY = top + CELL_PADDING
  doc.text(t('columns.description'), columns.description.x + CELL_PADDING, textY, {
    lineBreak: false,
  })
  doc.text(t('columns.quantity'), columns.quantity.x, textY, {
    width: columns.quantity.width,
    align: 'right',
  })
  doc.text(t('columns.unitPrice'), columns.unit.x, textY, {
    width: columns.unit.width,
    align: 'right',
  })
  doc.text(t('columns.amount'), columns.amount.x, textY, {
    width: columns.amount.width - CELL_PADDING,
    align: 'right',
  })
  return top + height
}

const pageBottom = (doc: Doc): number => doc.page.height - MARGIN - FOOTER_HEIGHT

const drawLines = (doc: Doc, lines: InvoiceLine[], words: Words, top: number): number => {
  const formatMoney = words.money
  let y = drawTableHeader(doc, words, top)
  const descriptionWidth = columns.description.width - CELL_PADDING
  for (const line of lines) {
    selectFont(doc, 'regular').fontSize(9)
    const rowHeight =
      heightOf(doc, line.description, { width: descriptionWidth }) + 2 * CELL_PADDING
    // Long invoices continue on a new page with the column headings repeated.
    if (y + rowHeight > pageBottom(doc)) {
      doc.addPage()
      y = drawTableHeader(doc, words, MARGIN)
    }
    const textY = y + CELL_PADDING
    selectFont(doc, 'regular').fontSize(9).fillColor(INK)
    put(doc, line.description, columns.description.x + CELL_PADDING, textY, {
      width: descriptionWidth,
    })
    doc.text(String(line.quantity), columns.quantity.x, textY, {
      width: columns.quantity.width,
      align: 'right',
    })
    doc.text(formatMoney(line.unitCents), columns.unit.x, textY, {
      width: columns.unit.width,
      align: 'right',
    })
    doc.text(formatMoney(line.amountCents), columns.amount.x, textY, {
      width: columns.amount.width - CELL_PADDING,
      align: 'right',
    })
    y += rowHeight
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + CONTENT_WIDTH, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke()
  }
  return y
}

const ensureSpace = (doc: Doc, y: number, needed: number): number => {
  if (y + needed <= pageBottom(doc)) return y
  doc.addPage()
  return MARGIN
}

const vatRowLabel = (data: InvoicePdfData, { t }: Words): string => {
  if (data.vatTreatment === 'reverse_charge') return t('vatReverseCharged')
  if (data.vatTreatment === 'export') return t('vatNotApplicable')
  return t('vatRate', { rate: data.vatRatePercent })
}

const drawTotals = (doc: Doc, data: InvoicePdfData, words: Words, top: number): number => {
  const { t, money: formatMoney } = words
  let y = ensureSpace(doc, top, 70)
  const rows: [string, string][] = [
    [t('subtotal'), formatMoney(data.subtotalCents)],
    [vatRowLabel(data, words), formatMoney(data.vatCents)],
  ]
  doc.fontSize(10)
  for (const [label, value] of rows) {
    selectFont(doc, 'regular').fillColor(MUTED).text(label, RIGHT_BLOCK_X, y, { lineBreak: false })
    doc.fillColor(INK).text(value, RIGHT_BLOCK_X, y, {
      width: RIGHT_BLOCK_WIDTH - CELL_PADDING,
      align: 'right',
    })
    y += 16
  }
  doc
    .moveTo(RIGHT_BLOCK_X, y)
    .lineTo(MARGIN + CONTENT_WIDTH, y)
    .lineWidth(1)
    .strokeColor(INK)
    .stroke()
  y += 6
  selectFont(doc, 'bold').fontSize(12).fillColor(INK)
  doc.text(t('total'), RIGHT_BLOCK_X, y, { lineBreak: false })
  doc.text(formatMoney(data.totalCents), RIGHT_BLOCK_X, y, {
    width: RIGHT_BLOCK_WIDTH - CELL_PADDING,
    align: 'right',
  })
  return y + 20
}

const paymentInstructions = (data: InvoicePdfData, { t, money, date }: Words): string => {
  const due = date(data.dueDate)
  if (data.kind === 'credit_note') {
    return t('refund', {
      total: money(Math.abs(data.totalCents)),
      due,
      creditFor: data.creditFor || 'none',
    })
  }
  return t('payment', {
    total: money(data.totalCents),
    due,
    number: data.number,
    iban: data.seller.iban || 'none',
    seller: data.seller.name,
  })
}

const drawParagraph = ({
  doc,
  heading,
  body,
  top,
}: {
  doc: Doc
  heading: string
  body: string
  top: number
}): number => {
  selectFont(doc, 'regular').fontSize(9)
  const bodyHeight = heightOf(doc, body, { width: CONTENT_WIDTH })
  const y = ensureSpace(doc, top, 14 + bodyHeight)
  selectFont(doc, 'bold').fontSize(9).fillColor(INK).text(heading, MARGIN, y)
  selectFont(doc, 'regular').fontSize(9).fillColor(INK)
  put(doc, body, MARGIN, y + 14, { width: CONTENT_WIDTH })
  return y + 14 + bodyHeight + 14
}

const drawFooters = (doc: Doc, seller: Party, { t }: Words): void => {
  const parts = [
    seller.name,
    seller.kvk ? t('footer.kvk', { kvk: seller.kvk }) : null,
    seller.vatId ? t('footer.vatId', { vatId: seller.vatId }) : null,
    seller.iban ? t('footer.iban', { iban: seller.iban }) : null,
    seller.email ?? null,
  ].filter((part): part is string => Boolean(part))
  const range = doc.bufferedPageRange()
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index)
    // Text below the bottom margin would otherwise make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const y = doc.page.height - MARGIN - 20
    doc
      .moveTo(MARGIN, y - 8)
      .lineTo(MARGIN + CONTENT_WIDTH, y - 8)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke()
    selectFont(doc, 'regular').fontSize(8).fillColor(MUTED)
    put(doc, parts.join('  ·  '), MARGIN, y, { width: CONTENT_WIDTH, align: 'center' })
    doc.text(t('footer.page', { page: index + 1, pages: range.count }), MARGIN, y + 12, {
      width: CONTENT_WIDTH,
      align: 'center',
    })
    doc.page.margins.bottom = bottomMargin
  }
}

/**
 * In: an invoice or credit note (amounts in integer cents, dates as instants shown as calendar days in
 * Amsterdam, `language` for every label, date and amount). Out: the A4 PDF's bytes, the same bytes
 * for the same input. Text in any script Noto Sans covers is set in it; CJK runs switch to Noto Sans
 * SC. Throws when a font package is missing.
 */
export const renderInvoicePdf = async (data: InvoicePdfData): Promise<Buffer> => {
  const words = wordsFor(data.language)
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: intlTag[data.language],
    displayTitle: true,
    info: {
      Title: data.number,
      Author: data.seller.name,
      Subject: words.t(`documentName.${data.kind}`, { number: data.number }),
      // The issue date rather than "now", so re-rendering an invoice gives the same document.
      CreationDate: data.issueDate,
      ModDate: data.issueDate,
    },
  })
  registerFonts(doc)
  selectFont(doc, 'regular')
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  let y = drawHeader(doc, data, words) + 30
  y = drawParties(doc, data, words, y) + 30
  y = drawLines(doc, data.lines, words, y) + 16
  y = drawTotals(doc, data, words, y) + 20
  const vatNote = vatNoteFor(data.vatTreatment, data.language)
  if (vatNote) {
    y = drawParagraph({ doc, heading: words.t('vatHeading'), body: vatNote, top: y })
  }
  drawParagraph({
    doc,
    heading: words.t('paymentHeading'),
    body: paymentInstructions(data, words),
    top: y,
  })
  drawFooters(doc, data.seller, words)

  doc.end()
  return done
}
