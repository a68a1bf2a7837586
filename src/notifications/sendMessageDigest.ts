import type { Payload, Where } from 'payload'

import type { MessageAuthorRole } from '@/domain/messages'
import { env } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'
import type { Booking, MessageDigest, User, Voiceover } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { claimDelivery, sendClaimedEmail } from './emailDelivery'
import { emailFooterFor } from './emailFooter'
import { bookingLink } from './links'
import type { DigestMessage } from './messageDigestEmail'
import { renderMessageDigest } from './messageDigestEmail'
import type { MessageDigestInput } from './queueMessageDigests'
import { digestDueAt, queueMessageDigest } from './queueMessageDigests'

export type DigestOutcome = 'sent' | 'nothing_new' | 'deferred' | 'taken' | 'skipped'

type Recipient = { email: string; name: string; locale: Locale; user: number | null }

const asUser = (value: unknown): User | null =>
  typeof value === 'object' && value !== null ? (value as User) : null

const relationId = (value: unknown): number | null =>
  typeof value === 'object' && value !== null
    ? (value as { id: number }).id
    : ((value as number | null | undefined) ?? null)

/**
 * The party as things stand when the digest is sent: the booking's customer or artist in their
 * account's language, or the agency's staff address (`STAFF_EMAIL`, where the other staff emails go)
 * in the Company global's staff language. Null when that party has no address (an erased account).
 */
const recipientFor = async (
  payload: Payload,
  role: MessageAuthorRole,
  booking: Booking,
): Promise<Recipient | null> => {
  if (role === 'staff') {
    // System read: the Company global is admin-only over the API; the task acts for the agency.
    const company = await payload
      .findGlobal({ slug: globalSlugs.company, depth: 0, overrideAccess: true })
      .catch(() => null)
    const locale = isLocale(company?.staffLanguage) ? company.staffLanguage : defaultLocale
    return { email: env.STAFF_EMAIL, name: '', locale, user: null }
  }
  const user = asUser(role === 'customer' ? booking.customer : booking.artist)
  if (!user?.email) return null
  return {
    email: user.email,
    name: user.name ?? '',
    locale: isLocale(user.locale) ? user.locale : defaultLocale,
    user: user.id,
  }
}

/** The name shown beside a message: the customer's, the artist's stage name, or "14voices". */
const authorNameFor = (role: MessageAuthorRole, booking: Booking, locale: Locale): string => {
  if (role === 'staff') return translatorFor(locale, 'thread')('staffName')
  if (role === 'artist') {
    const voiceover =
      typeof booking.voiceover === 'object' ? (booking.voiceover as Voiceover) : null
    return voiceover?.name ?? asUser(booking.artist)?.name ?? ''
  }
  const customer = asUser(booking.customer)
  return customer?.name || customer?.billing?.company || ''
}

/**
 * Sends the digest row's email once: its delivery key (`message-digest:<row id>`) is claimed in the
 * email-deliveries log first. Output: true when the email is (now) sent, false when another worker
 * holds the claim right now. A send failure releases the claim and throws (the job retries).
 */
const deliverDigest = async ({
  payload,
  digest,
  booking,
  recipient,
}: {
  payload: Payload
  digest: MessageDigest
  booking: Booking
  recipient: Recipient
}): Promise<boolean> => {
  const key = `message-digest:${digest.id}`
  // System reads and writes: the delivery log and the digest log aren't on any API but admins' reads.
  const existing = await payload.find({
    collection: slugs.emailDeliveries,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.docs[0]?.status === 'sent') return true
  const claimed = await claimDelivery(payload, {
    key,
    kind: `message_digest_${digest.recipientRole}`,
    to: recipient.email,
    booking: booking.id,
    recipient: recipient.user,
  })
  if (!claimed) return false
  const ids = (digest.messages ?? []).map(relationId).filter((id): id is number => id !== null)
  const { docs } = await payload.find({
    collection: slugs.messages,
    where: { id: { in: ids } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    // System read: the task acts for the agency; the recipient is a party of this booking.
    overrideAccess: true,
  })
  const messages: DigestMessage[] = docs.map((m) => ({
    authorName: authorNameFor(m.authorRole as MessageAuthorRole, booking, recipient.locale),
    authorRole: m.authorRole as MessageAuthorRole,
    createdAt: m.createdAt,
    body: m.body,
  }))
  await sendClaimedEmail({
    payload,
    claimed,
    to: recipient.email,
    render: async () =>
      renderMessageDigest({
        locale: recipient.locale,
        recipientName: recipient.name,
        bookingId: booking.id,
        projectTitle: booking.projectTitle,
        messages,
        threadUrl: `${bookingLink({ serverUrl: env.SERVER_URL, locale: recipient.locale, bookingId: booking.id })}#messages`,
        footer: await emailFooterFor({ payload, locale: recipient.locale }),
      }),
  })
  return true
}

/**
 * The ids of this booking's messages `userId` has already seen on the booking's page: those whose
 * `message.posted` audit event is at or below the person's seen mark (`booking-reads`). Someone who
 * read a message on the open page needs no email about it. Empty for staff (no single reader).
 */
const seenMessageIds = async (
  payload: Payload,
  userId: number | null,
  bookingId: number,
): Promise<Set<number>> => {
  if (userId === null) return new Set()
  // System reads: the task acts for the agency; seen marks are otherwise readable by their owner only.
  const read = await payload.find({
    collection: slugs.bookingReads,
    where: { and: [{ user: { equals: userId } }, { booking: { equals: bookingId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const seenEventId = read.docs[0]?.seenEventId ?? 0
  if (seenEventId <= 0) return new Set()
  const events = await payload.find({
    collection: slugs.auditEvents,
    where: {
      and: [
        { booking: { equals: bookingId } },
        { action: { equals: 'message.posted' } },
        { id: { less_than_equal: seenEventId } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { details: true },
    overrideAccess: true,
  })
  return new Set(
    events.docs
      .map((e) => (e.details as { message?: unknown } | null)?.message)
      .filter((id): id is number => typeof id === 'number'),
  )
}

/**
 * One run of a digest job for one party of one booking. In order:
 * 1. the party's latest digest is sent first if a crashed or failed run left it unsent;
 * 2. the messages not yet in any of the party's digests, not written by the party itself and not
 *    already seen on the booking's page (`seenMessageIds`), are collected; none → nothing to do;
 * 3. if the party had a digest less than 15 minutes ago, a job is queued for when the next one is
 *    due and this run ends (`deferred`);
 * 4. otherwise the next digest row (`<booking>:<role>:<n>`, a unique key) is created with those
 *    messages — a concurrent run that created it first wins (`taken`), so two workers never list a
 *    message twice — and its email sent (`sent`).
 * The digest rows and claims are their own committed writes (no job transaction), so other workers
 * see them at once. Throws what sending throws (the job retries with backoff).
 */
export const sendMessageDigest = async ({
  payload,
  input,
  now = new Date(),
}: {
  payload: Payload
  input: MessageDigestInput
  now?: Date
}): Promise<DigestOutcome> => {
  const { recipientRole } = input
  // System read: the task acts for the agency, whoever wrote the message.
  const booking = await payload
    .findByID({
      collection: slugs.bookings,
      id: input.booking,
      depth: 1,
      overrideAccess: true,
      populate: {
        [slugs.users]: { email: true, name: true, locale: true, billing: true },
        [slugs.voiceovers]: { name: true },
      },
    })
    .catch(() => null)
  if (!booking) return 'skipped'
  const recipient = await recipientFor(payload, recipientRole, booking)
  if (!recipient) return 'skipped'

  const byParty: Where = {
    and: [{ booking: { equals: booking.id } }, { recipientRole: { equals: recipientRole } }],
  }
  const digests = await payload.find({
    collection: slugs.messageDigests,
    where: byParty,
    sort: '-sequence',
    limit: 0,
    pagination: false,
    depth: 0,
    // System read: the digest log is the server's own bookkeeping.
    overrideAccess: true,
  })
  const latest = digests.docs[0]
  if (latest && !(await deliverDigest({ payload, digest: latest, booking, recipient }))) {
    // Another worker is sending the latest digest right now: look again when the next is due.
    await queueMessageDigest({
      payload,
      input,
      waitUntil: await digestDueAt({ payload, booking: booking.id, recipientRole, now }),
    })
    return 'deferred'
  }

  const listed = digests.docs.flatMap((d) =>
    (d.messages ?? []).map(relationId).filter((id): id is number => id !== null),
  )
  const pending = await payload.find({
    collection: slugs.messages,
    where: {
      and: [
        { booking: { equals: booking.id } },
        { authorRole: { not_equals: recipientRole } },
        ...(listed.length > 0 ? [{ id: { not_in: listed } }] : []),
      ],
    },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { createdAt: true },
    // System read: which of this booking's messages are still unsent; the task acts for the agency.
    overrideAccess: true,
  })
  const seen = await seenMessageIds(payload, recipient.user, booking.id)
  const unseen = pending.docs.filter((m) => !seen.has(m.id))
  if (unseen.length === 0) return 'nothing_new'

  const due = await digestDueAt({ payload, booking: booking.id, recipientRole, now })
  if (due.getTime() > now.getTime()) {
    await queueMessageDigest({ payload, input, waitUntil: due })
    return 'deferred'
  }

  const sequence = (latest?.sequence ?? 0) + 1
  const key = `${booking.id}:${recipientRole}:${sequence}`
  let digest: MessageDigest
  try {
    digest = await payload.create({
      collection: slugs.messageDigests,
      data: {
        key,
        booking: booking.id,
        recipientRole,
        sequence,
        messages: unseen.map((m) => m.id),
      },
      depth: 0,
      // System write: digests are created only here (create access is nobody's over the API).
      overrideAccess: true,
    })
  } catch (error) {
    const taken = await payload.count({
      collection: slugs.messageDigests,
      where: { key: { equals: key } },
      // System count: did another worker claim this digest key first?
      overrideAccess: true,
    })
    if (taken.totalDocs > 0) return 'taken'
    throw error
  }
  await deliverDigest({ payload, digest, booking, recipient })
  return 'sent'
}
