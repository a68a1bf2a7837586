import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { autoApprovalDate } from '@/domain/autoApproval'
import { projectTypes } from '@/domain/catalog'
import { env } from '@/env'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Booking, User, Voiceover } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { claimDelivery, sendClaimedEmail } from './emailDelivery'
import { emailFooterFor } from './emailFooter'
import { recipientOf } from './events'
import { bookingLink, dashboardLink, fileLink, licencesLink } from './links'
import type { NotificationInput } from './queueNotifications'
import type { NotificationFacts } from './templates'
import { renderNotification } from './templates'

export type SendOutcome = 'sent' | 'already_sent' | 'skipped'

/** A claim older than this is taken to be from a worker that died mid-send, and is taken over. */

type Recipient = {
  email: string
  name: string
  locale: Locale
  user: number | null
  /** An artist's email sent to the agency because the booking's artist has no account. */
  forArtist?: boolean
}

const asUser = (value: unknown): User | null =>
  typeof value === 'object' && value !== null ? (value as User) : null

/** The staff language setting (Company global), read when the email is sent; Dutch by default. */
const staffLocale = async (payload: Payload): Promise<Locale> => {
  // System read: the Company global is admin-only over the API; the task acts for the agency.
  const company = await payload
    .findGlobal({ slug: globalSlugs.company, depth: 0, overrideAccess: true })
    .catch(() => null)
  return isLocale(company?.staffLanguage) ? company.staffLanguage : defaultLocale
}

/**
 * Who receives the email and in which language, as things stand now (not when it was queued): a
 * customer or artist in their account's current `locale`, the staff in the staff language setting.
 * Most voices in the catalogue have no account of their own (the agency books them by phone and
 * uploads their recordings): an artist's email for such a booking goes to the agency instead, marked
 * as such, so a new script never waits unseen. Null when a customer has no email (erased account).
 */
const recipientFor = async (
  payload: Payload,
  input: NotificationInput,
  booking: Booking,
): Promise<Recipient | null> => {
  const role = recipientOf(input.kind)
  if (role === 'staff') {
    return { email: env.STAFF_EMAIL, name: '', locale: await staffLocale(payload), user: null }
  }
  const user = asUser(role === 'customer' ? booking.customer : booking.artist)
  if (role === 'artist' && !booking.artist) {
    return {
      email: env.STAFF_EMAIL,
      name: '',
      locale: await staffLocale(payload),
      user: null,
      forArtist: true,
    }
  }
  if (!user?.email) return null
  return {
    email: user.email,
    name: user.name ?? '',
    locale: isLocale(user.locale) ? user.locale : defaultLocale,
    user: user.id,
  }
}

const projectTypeName = (value: string | null | undefined, locale: Locale): string => {
  const type = projectTypes.find((t) => t.value === value)
  return (locale === 'nl' ? type?.labelNl : type?.label) ?? value ?? ''
}

const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

/** A timer's email goes out only if the booking is still as it was when the timer was set. */
const stillRelevant = (input: NotificationInput, booking: Booking): boolean => {
  const condition = input.condition
  if (!condition) return true
  if (!condition.statuses.includes(booking.status)) return false
  if (condition.deadline !== undefined && !sameInstant(condition.deadline, booking.deadline)) {
    return false
  }
  if (
    condition.statusChangedAt !== undefined &&
    !sameInstant(condition.statusChangedAt, booking.statusChangedAt)
  ) {
    return false
  }
  return true
}

const factsFor = async (
  payload: Payload,
  input: NotificationInput,
  booking: Booking,
  recipient: Recipient,
): Promise<NotificationFacts> => {
  const customer = asUser(booking.customer)
  const voiceover =
    typeof booking.voiceover === 'object' ? (booking.voiceover as Voiceover | null) : null
  const extra = input.extra ?? {}
  const facts: NotificationFacts = {
    recipientName: recipient.name,
    bookingId: booking.id,
    reference: booking.reference ?? null,
    projectTitle: booking.projectTitle,
    projectTypeLabel: projectTypeName(booking.projectType, recipient.locale),
    bookingUrl: bookingLink({
      serverUrl: env.SERVER_URL,
      locale: recipient.locale,
      bookingId: booking.id,
    }),
    dashboardUrl:
      recipientOf(input.kind) === 'artist' && !recipient.forArtist
        ? dashboardLink({ serverUrl: env.SERVER_URL, locale: recipient.locale })
        : null,
    artistName: voiceover?.name ?? '',
    forwardForArtist: Boolean(recipient.forArtist),
    customerName: customer?.billing?.company || customer?.name || customer?.email || '',
    quotedPriceCents: booking.finalPrice ?? booking.quotedPrice ?? null,
    deadline: booking.deadline ?? null,
    rushOrder: Boolean(booking.rushOrder),
    version: extra.version ?? booking.deliveryCount ?? null,
    notes: extra.notes ?? null,
    cancellationReason: booking.cancellationReason ?? null,
    cancelledBy: extra.cancelledBy ?? null,
    hoursLeft: extra.hoursLeft ?? null,
    autoApproved: Boolean(extra.autoApproved),
  }
  if (input.kind === 'revision_requested_artist' || input.kind === 'revision_requested_customer') {
    // The deadline as the request set it (a later change sends its own email), and the one before.
    facts.deadline = extra.deadline ?? facts.deadline
    facts.previousDeadline = extra.previousDeadline ?? null
  }
  if (input.kind === 'revision_requested_customer') {
    // System read: the round's recorded fee, so the confirmation states what the invoice will charge.
    const decided = await payload.find({
      collection: slugs.deliverables,
      where: {
        and: [
          { booking: { equals: booking.id } },
          { version: { equals: facts.version } },
          { decision: { equals: 'revision_requested' } },
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      select: { billableRevision: true, revisionFeeCents: true },
    })
    const round = decided.docs[0]
    facts.revisionFeeCents = round?.billableRevision ? (round.revisionFeeCents ?? null) : null
  }
  if (
    (input.kind === 'delivery_ready_customer' || input.kind === 'auto_approval_warning_customer') &&
    booking.statusChangedAt
  ) {
    const { autoApproveDays } = await getPricingSettings(await createLocalReq({}, payload))
    facts.autoApprovalDate = autoApprovalDate({
      reviewSince: new Date(booking.statusChangedAt),
      days: autoApproveDays,
    }).toISOString()
  }
  if (
    booking.kind === 'renewal' &&
    (input.kind === 'completed_customer' || input.kind === 'completed_artist')
  ) {
    // System read: the renewal's new licence, whose end the completion emails name.
    const granted = await payload.find({
      collection: slugs.licences,
      where: { booking: { equals: booking.id } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      select: { endsAt: true },
    })
    facts.renewal = true
    facts.licenceEndsAt = granted.docs[0]?.endsAt ?? null
  }
  if (input.kind === 'licence_expiring_customer') {
    facts.licenceEndsAt = extra.licenceEndsAt ?? null
    facts.daysLeft = extra.daysLeft ?? null
    facts.licencesUrl = licencesLink({ serverUrl: env.SERVER_URL, locale: recipient.locale })
  }
  if (input.kind === 'completed_customer' || input.kind === 'invoice_corrected_customer') {
    // System read: the customer's own invoice, linked from their email (the link is access-checked);
    // after a correction, the one that replaced the wrong one.
    const invoices = await payload.find({
      collection: slugs.invoices,
      where: {
        and: [{ booking: { equals: booking.id } }, { kind: { equals: 'invoice' } }],
      },
      sort: '-correction',
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const url = invoices.docs[0]?.url
    facts.invoiceUrl = url
      ? fileLink({ serverUrl: env.SERVER_URL, locale: recipient.locale, url })
      : null
  }
  return facts
}

/**
 * Sends one queued notification: re-reads the booking, drops a timer whose moment has gone, claims
 * the delivery key, renders the email in the recipient's language at send time (a customer who
 * switched to Dutch since the event gets Dutch) and hands it to the mail adapter
 * (SMTP, or the local outbox). A send failure releases the claim and throws, so the job retries with
 * backoff; a re-run after success finds the claim marked sent and sends nothing.
 */
export const sendNotification = async ({
  payload,
  input,
}: {
  payload: Payload
  input: NotificationInput
}): Promise<SendOutcome> => {
  // System read: the task acts for the agency, whoever caused the event.
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
  if (!booking || !stillRelevant(input, booking)) return 'skipped'
  const recipient = await recipientFor(payload, input, booking)
  if (!recipient) return 'skipped'

  const key = `${input.booking}:${input.eventKey}:${input.kind}`
  const claimed = await claimDelivery(payload, {
    key,
    kind: input.kind,
    to: recipient.email,
    booking: booking.id,
    recipient: recipient.user,
  })
  if (!claimed) return 'already_sent'

  return sendClaimedEmail({
    payload,
    claimed,
    to: recipient.email,
    render: async () =>
      renderNotification({
        kind: input.kind,
        locale: recipient.locale,
        facts: await factsFor(payload, input, booking, recipient),
        footer: await emailFooterFor({ payload, locale: recipient.locale }),
      }),
  })
}
