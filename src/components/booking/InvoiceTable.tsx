import { useLocale, useTranslations } from 'next-intl'

import { formatDate } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import { Link } from '@/i18n/navigation'
import type { InvoiceListRow } from '@/lib/bookingLists'

/** Invoices and credit notes with their PDFs (served privately, as a download), in the page's language. */
export const InvoiceTable = ({ invoices }: { invoices: InvoiceListRow[] }) => {
  const t = useTranslations('bookings.invoiceTable')
  const locale = useLocale()
  return (
    <table className="booking-table invoice-table">
      <thead>
        <tr>
          <th scope="col">{t('number')}</th>
          <th scope="col">{t('booking')}</th>
          <th scope="col">{t('issued')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('total')}</th>
          <th scope="col">
            <span className="visually-hidden">PDF</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((inv) => (
          <tr key={inv.id}>
            <td data-label={t('number')}>
              {inv.number}
              {inv.kind === 'credit_note' && <span className="muted"> · {t('creditNote')}</span>}
            </td>
            <td data-label={t('booking')}>
              <Link href={`/account/bookings/${inv.bookingId}`}>{inv.projectTitle}</Link>
            </td>
            <td data-label={t('issued')}>
              {formatDate(inv.issueDate, { month: 'short', locale })}
            </td>
            <td data-label={t('due')}>
              {inv.kind === 'invoice' ? formatDate(inv.dueDate, { month: 'short', locale }) : '—'}
            </td>
            <td data-label={t('total')}>{formatEuro(inv.total, locale)}</td>
            <td>
              {inv.url && (
                <a href={inv.url} download={inv.filename ?? undefined}>
                  {t('download')}
                  <span className="visually-hidden">
                    {' '}
                    {t('downloadOf', { number: inv.number })}
                  </span>
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
