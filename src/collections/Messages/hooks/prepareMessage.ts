import type { CollectionBeforeChangeHook } from 'payload'

import { actorFor, relationId } from '@/collections/Bookings/actorFor'
import type { MessageAuthorRole } from '@/domain/messages'
import {
  MESSAGE_MAX_LENGTH,
  mayPost,
  messageBodyProblem,
  normaliseMessageBody,
} from '@/domain/messages'
import { isWellFormedId } from '@/domain/queryShape'
import { UserError } from '@/errors/UserError'
import type { Message } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * A new message gets everything but its text from the server: the booking is read with the poster's
 * own access (someone else's booking is "not found"), the author is the logged-in user and their
 * role on that booking (customer, artist, or staff for admins), and the booking's customer and
 * artist are copied so read access is a plain filter. The body is trimmed and must hold 1–5000
 * characters. Throws a `UserError`: 400 (no booking, bad body), 403 (no user, not a party), 404
 * (booking not found), 409 (booking cancelled: see `mayPost`).
 */
export const prepareMessage: CollectionBeforeChangeHook<Message> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { user } = req
  if (!user) throw new UserError({ key: 'message.notParty' }, 403)
  const bookingId = relationId(data.booking)
  if (bookingId === null || bookingId === '') {
    throw new UserError({ key: 'message.sayWhichBooking' }, 400)
  }
  if (!isWellFormedId(bookingId)) throw new UserError({ key: 'booking.bookingIdInvalid' }, 400)
  const found = await req.payload.find({
    collection: slugs.bookings,
    where: { id: { equals: bookingId } },
    depth: 0,
    limit: 1,
    req,
    user,
    overrideAccess: false,
  })
  const booking = found.docs[0]
  if (!booking) throw new UserError({ key: 'booking.notFound' }, 404)
  const actor = actorFor(user, booking)
  if (!actor || actor === 'system') throw new UserError({ key: 'message.notParty' }, 403)
  const authorRole: MessageAuthorRole = actor === 'admin' ? 'staff' : actor
  if (!mayPost({ status: booking.status, role: authorRole })) {
    throw new UserError({ key: 'message.bookingCancelled' }, 409)
  }
  const body = normaliseMessageBody(data.body)
  const problem = messageBodyProblem(body)
  if (problem === 'empty') throw new UserError({ key: 'message.empty' }, 400)
  if (problem === 'tooLong') {
    throw new UserError(
      { key: 'message.tooLong', values: { max: MESSAGE_MAX_LENGTH, length: [...body].length } },
      400,
    )
  }
  return {
    ...data,
    body,
    booking: booking.id,
    customer: relationId(booking.customer) as number | null,
    artist: relationId(booking.artist) as number | null,
    author: user.id,
    authorRole,
  }
}
