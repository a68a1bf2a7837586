import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { missingBillingDetails } from '@/domain/billingDetails'
import { UserError } from '@/errors/UserError'
import { billingSnapshotFromUser } from '@/invoices/invoiceParties'
import type { Booking } from '@/payload-types'
import { slugs } from '@/slugs'

import { relationId } from '../actorFor'

/**
 * On create, after `prepareNewBooking` has decided the customer: a booking is binding, so it needs
 * the billing details its invoice will carry. Reads the customer's account billing (`users.billing`,
 * name and email) and stores it on the booking as `billingSnapshot`, which the invoice uses later —
 * whatever the account says by then. Whatever the request said about the snapshot is overwritten.
 *
 * Throws a 422 `UserError` naming what is missing (`missingBillingDetails`, src/domain/billingDetails.ts)
 * and where to fill it in, with `data.missing` listing the fields: `billing.incomplete` for the customer
 * themself, `billing.customerIncomplete` for an admin booking on a customer's behalf.
 */
export const snapshotBilling: CollectionBeforeChangeHook<Booking> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const customerId = relationId(data.customer)
  if (customerId === null) return data
  // System read: the booking's own customer (the caller, or the customer an admin books for).
  const customer = await req.payload.findByID({
    collection: slugs.users,
    id: customerId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const snapshot = billingSnapshotFromUser(customer)
  const missing = missingBillingDetails(snapshot)
  if (missing.length > 0) {
    const onBehalf = checkRole(['admin'], req.user) && String(req.user?.id) !== String(customerId)
    throw new UserError(
      {
        key: onBehalf ? 'billing.customerIncomplete' : 'billing.incomplete',
        values: {
          missing: {
            list: missing.map((field) => ({ key: `billing.field.${field}` })),
            join: 'and',
          },
        },
      },
      422,
      { missing },
    )
  }
  return { ...data, billingSnapshot: snapshot }
}
