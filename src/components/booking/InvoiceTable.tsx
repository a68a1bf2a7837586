import { Link } from '@/i18n/navigation'

import { formatDate } from '@/domain/dateFormat'
import type { InvoiceListItem } from '@/lib/bookingViews'
import { formatEuroCents } from '@/lib/money'

/** Invoices and credit notes with their PDFs (served privately, as a download). */
export const InvoiceTable = ({ invoices }: { invoices: InvoiceListItem[] }) => (
  <table className="booking-table invoice-table">
    <thead>
      <tr>
        <th scope="col">Number</th>
        <th scope="col">Booking</th>
        <th scope="col">Issued</th>
        <th scope="col">Due</th>
        <th scope="col">Total incl. VAT</th>
        <th scope="col">
          <span className="visually-hidden">PDF</span>
        </th>
      </tr>
    </thead>
    <tbody>
      {invoices.map((inv) => (
        <tr key={inv.id}>
          <td data-label="Number">
            {inv.number}
            {inv.kind === 'credit_note' && <span className="muted"> · credit note</span>}
          </td>
          <td data-label="Booking">
            <Link href={`/account/bookings/${inv.bookingId}`}>{inv.projectTitle}</Link>
          </td>
          <td data-label="Issued">{formatDate(inv.issueDate, { month: 'short' })}</td>
          <td data-label="Due">
            {inv.kind === 'invoice' ? formatDate(inv.dueDate, { month: 'short' }) : '—'}
          </td>
          <td data-label="Total incl. VAT">{formatEuroCents(inv.total)}</td>
          <td>
            {inv.url && (
              <a href={inv.url} download={inv.filename ?? undefined}>
                Download PDF<span className="visually-hidden"> of {inv.number}</span>
              </a>
            )}
          </td>
        </tr>
      ))}
    </tbody>
  </table>
)
