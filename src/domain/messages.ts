/**
 * The rules of a booking's message thread, without Payload: who a message is from, who hears about
 * it, when a conversation is closed, and how often a person gets a digest email. Issue 13
 * ("Talking and staying informed").
 */

/** Who wrote a message, relative to its booking: the customer, the artist, or the agency's staff. */
export const messageAuthorRoles = ['customer', 'artist', 'staff'] as const
export type MessageAuthorRole = (typeof messageAuthorRoles)[number]

/** The longest message body, in characters (after trimming). */
export const MESSAGE_MAX_LENGTH = 5000

/** At most one digest email per booking per person in this window, in milliseconds (15 minutes). */
export const DIGEST_INTERVAL_MS = 15 * 60 * 1000

/** A message body as stored: surrounding white space removed (line breaks inside are kept). */
export const normaliseMessageBody = (raw: unknown): string =>
  typeof raw === 'string' ? raw.trim() : ''

/**
 * Why a (normalised) body can't be posted: `'empty'`, `'tooLong'` (over `MESSAGE_MAX_LENGTH`
 * characters, counted as Unicode code points so an emoji counts once), or `null` when it can.
 */
export const messageBodyProblem = (body: string): 'empty' | 'tooLong' | null => {
  if (body.length === 0) return 'empty'
  if ([...body].length > MESSAGE_MAX_LENGTH) return 'tooLong'
  return null
}

/**
 * Whether `role` may post to a booking in `status`. The agency's rule: a conversation stays open
 * through every step and after completion (questions about the invoice or the usage are normal
 * then); once a booking is cancelled there is no work left to talk about, so only staff may still
 * write (to explain the cancellation or a refund) — customer and artist get a 409 and can email
 * the agency.
 */
export const mayPost = ({ status, role }: { status: string; role: MessageAuthorRole }): boolean =>
  status !== 'cancelled' || role === 'staff'

/**
 * Who is told about a message by `authorRole`: the booking's other parties — the customer, the
 * artist, and the agency's staff for messages from customer or artist. Never the author's own side.
 */
export const digestRecipientsOf = (authorRole: MessageAuthorRole): MessageAuthorRole[] =>
  messageAuthorRoles.filter((role) => role !== authorRole)

/**
 * When the next digest to one person about one booking may go out: at once (`now`) if they have
 * had none, else no sooner than `DIGEST_INTERVAL_MS` after their previous one. In: instants as
 * `Date`. Out: a `Date`.
 */
export const nextDigestAt = ({
  previousDigestAt,
  now,
}: {
  previousDigestAt: Date | null
  now: Date
}): Date => {
  if (!previousDigestAt) return now
  const earliest = previousDigestAt.getTime() + DIGEST_INTERVAL_MS
  return new Date(Math.max(earliest, now.getTime()))
}
