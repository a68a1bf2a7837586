import type { Endpoint } from 'payload'

import { UserError } from '@/errors/UserError'
import { checkRole } from '@/access/checkRole'
import { issueInvoice } from '@/invoices/issueInvoice'

/**
 * `POST /api/invoices/issue` with `{"booking": id}`: an admin issues a completed booking's invoice by
 * hand (normally the completion job does it). Idempotent: a booking already invoiced answers 200 with
 * that invoice instead of issuing a second one.
 */
export const issueInvoiceEndpoint: Endpoint = {
  path: '/issue',
  method: 'post',
  handler: async (req) => {
    if (!checkRole(['admin'], req.user)) {
      throw new UserError({ key: 'invoice.staffOnly' }, 403)
    }
    const body = (req.json ? await req.json().catch(() => null) : null) as {
      booking?: unknown
    } | null
    const bookingId = Number(body?.booking)
    if (!Number.isInteger(bookingId) || bookingId <= 0) {
      throw new UserError({ key: 'invoice.sayWhichBooking' }, 400)
    }
    const { invoice, created } = await issueInvoice({ req, bookingId, trigger: 'manual' })
    return Response.json({ doc: invoice }, { status: created ? 201 : 200 })
  },
}
