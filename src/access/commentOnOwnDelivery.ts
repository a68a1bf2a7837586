import type { Access } from 'payload'

import { isWellFormedId } from '@/domain/queryShape'
import { slugs } from '@/slugs'

import { checkRole } from './checkRole'

const relationId = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value
    ? (value as { id: unknown }).id
    : value

/**
 * Create access for a review comment: returns `true` for admins; for a customer `true` only when
 * `data.deliverable` is a delivery of one of their own bookings (by the deliveries' own read
 * access), `false` otherwise — someone else's delivery and one that doesn't exist are refused alike
 * (403). Returns `true` when `data.deliverable` is missing or malformed, so that the collection's
 * hook answers the 400 that says what to send. `false` for artists (they resolve, they don't
 * comment) and when anonymous.
 */
export const commentOnOwnDelivery: Access = async ({ req, data }) => {
  const { user } = req
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  if (!checkRole(['customer'], user)) return false
  const deliverableId = relationId((data as { deliverable?: unknown } | undefined)?.deliverable)
  if (deliverableId === null || deliverableId === undefined || deliverableId === '') return true
  if (!isWellFormedId(deliverableId as string | number)) return true
  const found = await req.payload.count({
    collection: slugs.deliverables,
    where: { and: [{ id: { equals: deliverableId } }, { customer: { equals: user.id } }] },
    req,
    user,
    overrideAccess: false,
  })
  return found.totalDocs > 0
}
