'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClient } from 'payload'

import { formatEuro, moneyLocaleOf } from '@/domain/money'

/**
 * A money field's cell in the admin's list views: integer cents shown as euros in the admin's
 * language ("€ 437,50" / "€437.50"), or "—" when empty. Props: Payload's default cell props.
 */
export const MoneyCell = ({ cellData }: DefaultCellComponentProps<NumberFieldClient>) => {
  const { i18n } = useTranslation()
  return (
    <span className="money-cell">
      {typeof cellData === 'number' ? formatEuro(cellData, moneyLocaleOf(i18n.language)) : '—'}
    </span>
  )
}
