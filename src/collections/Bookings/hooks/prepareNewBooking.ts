import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { checkRole } from '@/access/checkRole'

import { relationId } from '../actorFor'
import { quoteForBooking } from '../quoteForBooking'

/** Context key the create endpoint uses to pass the (user-scoped) Idempotency-Key. */
export const IDEMPOTENCY_KEY = 'idempotencyKey'

/**
 * On create, the server decides everything that matters: who the customer is (the logged-in user,
 * never the request body — admins may book on a customer's behalf), the starting status, the assigned
 * artist and the price. Whatever the request said about those is overwritten.
 */
export const prepareNewBooking: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // A licence renewal (`kind` is writable by system code only) arrives prepared by `renewLicence`:
  // its parties, usage and price come from the licence it renews, not from a new quote.
  if (data.kind === 'renewal') return data
  const user = req.user
  if (!user) throw new UserError({ key: 'auth.logInToBook' }, 401)
  const isAdmin = checkRole(['admin'], user)
  const customer = isAdmin && data.customer ? relationId(data.customer) : user.id
  if (isAdmin && !data.customer) {
    throw new UserError({ key: 'booking.chooseCustomer' }, 400)
  }

  const { quote, voiceover, usage, rush, wordCount } = await quoteForBooking({ req, input: data })

  return {
    ...data,
    customer,
    artist: relationId(voiceover.user),
    status: 'pending_script',
    usage,
    rushOrder: rush,
    wordCount,
    quotedPrice: quote.totalCents,
    quoteBreakdown: quote,
    finalPrice: isAdmin ? (data.finalPrice ?? null) : null,
    deadline: isAdmin ? (data.deadline ?? null) : null,
    statusChangedAt: new Date().toISOString(),
    deliveryCount: 0,
    revisionRounds: 0,
    billableRevisions: 0,
    idempotencyKey:
      typeof req.context[IDEMPOTENCY_KEY] === 'string' ? req.context[IDEMPOTENCY_KEY] : null,
  }
}
