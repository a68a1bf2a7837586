import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'
import { readBookingFile } from './readBookingFile'

/** The deliveries a customer may see: those shown to them (passed the technical check, or released). */
export const publishedToCustomer: Where = { 'qc.publishedAt': { exists: true } }

/**
 * Read access to deliveries (list, read and the file route): `readBookingFile({ madeBy: 'artist' })`
 * — `true` for admins, a `Where` on their own deliveries for artists, `false` for anyone else — and
 * for customers that `Where` narrowed to deliveries published to them (`qc.publishedAt` set): a
 * delivery still being checked, or one that failed and was not released, does not exist for the
 * customer, over REST, on the booking page or at its file URL.
 */
export const readDelivery: Access = (args) => {
  const base = readBookingFile({ madeBy: 'artist' })(args)
  const user = args.req.user
  if (!user || !checkRole(['customer'], user) || typeof base === 'boolean') return base
  return { and: [base as Where, publishedToCustomer] }
}
