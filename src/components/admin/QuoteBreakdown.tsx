'use client'

import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import { formatEuro, moneyLocaleOf } from '@/domain/money'
import type { MoneyLocale } from '@/domain/money'
import { quoteLineKindLabels } from '@/domain/pricing'
import type { QuoteLine } from '@/domain/pricing'

type StoredQuote = {
  lines?: QuoteLine[]
  totalCents?: number
  vatCents?: number
  vatRatePercent?: number
}

const words: Record<MoneyLocale, { line: string; amount: string; total: string; vat: string }> = {
  en: { line: 'Line', amount: 'Amount', total: 'Total excl. VAT', vat: 'VAT' },
  nl: { line: 'Regel', amount: 'Bedrag', total: 'Totaal excl. btw', vat: 'Btw' },
}

/**
 * A booking's quote breakdown (`Quote` from `domain/pricing.ts`, stored as JSON when the booking
 * was made) as a table in the admin's language: one row per line with its amount in euros, the
 * VAT when the stored quote has it, and the total. Read-only: the server writes quotes. Lines
 * are named by their kind in Dutch; in English by the label the customer saw. Props: Payload's
 * JSON field client props.
 */
export const QuoteBreakdown: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<StoredQuote | null>({ potentiallyStalePath: path })
  const { i18n } = useTranslation()
  const locale = moneyLocaleOf(i18n.language)
  const w = words[locale]
  const lines = Array.isArray(value?.lines) ? value.lines : []
  const lineName = (line: QuoteLine): string =>
    locale === 'en' ? line.label : (quoteLineKindLabels[line.kind]?.nl ?? line.label)
  return (
    <div className="field-type quote-breakdown">
      <FieldLabel label={field.label ?? field.name} path={path} />
      {lines.length === 0 ? (
        <p>—</p>
      ) : (
        <table className="quote-breakdown__table">
          <thead>
            <tr>
              <th scope="col">{w.line}</th>
              <th scope="col">{w.amount}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={`${line.kind}-${i}`}>
                <td>{lineName(line)}</td>
                <td>{formatEuro(line.amountCents, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {typeof value?.totalCents === 'number' ? (
              <tr>
                <th scope="row">{w.total}</th>
                <td>{formatEuro(value.totalCents, locale)}</td>
              </tr>
            ) : null}
            {typeof value?.vatCents === 'number' ? (
              <tr>
                <th scope="row">
                  {w.vat}
                  {typeof value.vatRatePercent === 'number' ? ` ${value.vatRatePercent}%` : ''}
                </th>
                <td>{formatEuro(value.vatCents, locale)}</td>
              </tr>
            ) : null}
          </tfoot>
        </table>
      )}
    </div>
  )
}
