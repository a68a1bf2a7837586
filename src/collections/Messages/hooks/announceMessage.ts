import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { relationId } from '@/collections/Bookings/actorFor'
import type { MessageAuthorRole } from '@/domain/messages'
import { queueMessageDigests } from '@/notifications/queueMessageDigests'
import type { Message } from '@/payload-types'

/**
 * A posted message, in the posting's own transaction: the `message.posted` audit event (actor = the
 * author; the `live` page updates and unread badges read these events) and a digest job for each
 * other party, so both exist if and only if the message does.
 */
export const announceMessage: CollectionAfterChangeHook<Message> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const authorRole = doc.authorRole as MessageAuthorRole
  await recordAudit({
    req,
    action: 'message.posted',
    booking: { id: relationId(doc.booking), customer: doc.customer, artist: doc.artist },
    details: { message: doc.id, authorRole },
  })
  await queueMessageDigests({
    req,
    booking: relationId(doc.booking) as number,
    authorRole,
  })
  return doc
}
