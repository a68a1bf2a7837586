import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import type { BillingInput } from '@/domain/billingDetails'
import { UserError } from '@/errors/UserError'
import { correctInvoice } from '@/invoices/correctInvoice'

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/**
 * `POST /api/invoices/:id/correct` with the corrected billing details (`customerType`, `company`,
 * `name`, `address`, `country`, `vatId`): an admin reverses the invoice with a credit note and issues a
 * new one to those details, in one transaction (`correctInvoice`). Answers 201 with
 * `{ creditNote, invoice }`; 200 with the same pair when the invoice was already corrected (a double
 * click). 403 for anyone but admins; 400 for a bad id or VAT ID; 404, 409 and 422 as `correctInvoice`.
 */
export const correctInvoiceEndpoint: Endpoint = {
  path: '/:id/correct',
  method: 'post',
  handler: async (req) => {
    if (!checkRole(['admin'], req.user)) {
      throw new UserError({ key: 'billing.staffOnly' }, 403)
    }
    const invoiceId = Number(req.routeParams?.id)
    if (!Number.isInteger(invoiceId) || invoiceId <= 0) {
      throw new UserError(
        { key: 'billing.invoiceNotFound', values: { id: String(req.routeParams?.id) } },
        404,
      )
    }
    const body = ((req.json ? await req.json().catch(() => null) : null) ?? {}) as Record<
      string,
      unknown
    >
    const details: BillingInput = {
      customerType: text(body.customerType),
      company: text(body.company),
      name: text(body.name),
      address: text(body.address),
      country: text(body.country),
      vatId: text(body.vatId),
    }
    const { creditNote, invoice, created } = await correctInvoice({ req, invoiceId, details })
    return Response.json({ creditNote, invoice }, { status: created ? 201 : 200 })
  },
}
