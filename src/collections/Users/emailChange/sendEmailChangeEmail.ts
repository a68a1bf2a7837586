import type { Payload } from 'payload'

import {
  EMAIL_CHANGE_EXPIRY_HOURS,
  hashEmailChangeToken,
  isEmailChangeExpired,
  maskEmail,
  newEmailChangeToken,
} from '@/domain/emailChange'
import { emailChangeConfirmEmail, emailChangeNoticeEmail } from '@/notifications/emailChangeEmails'
import { emailFooterFor } from '@/notifications/emailFooter'
import { env } from '@/env'
import type { EmailDelivery, User } from '@/payload-types'
import { slugs } from '@/slugs'

import type { PendingEmailChange } from './fields'
import type { EmailChangeEmailInput } from './queueEmailChangeEmails'

export type EmailChangeSendOutcome = 'sent' | 'already_sent' | 'skipped'

/** A claim older than this is from a worker that died mid-send, and is taken over. */
const STALE_CLAIM_MS = 10 * 60 * 1000

/**
 * Claims the delivery key before talking to SMTP (the same email-deliveries log and rule as the
 * booking emails): null when the email was sent already or another worker is sending it now.
 */
const claim = async (
  payload: Payload,
  data: Pick<EmailDelivery, 'key' | 'kind' | 'to' | 'recipient'>,
): Promise<EmailDelivery | null> => {
  try {
    // System write: the delivery log isn't writable over any API.
    return await payload.create({
      collection: slugs.emailDeliveries,
      data: { ...data, status: 'sending' },
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    const found = (
      await payload.find({
        collection: slugs.emailDeliveries,
        where: { key: { equals: data.key } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    if (!found) throw error
    if (found.status === 'sent') return null
    if (Date.now() - new Date(found.updatedAt).getTime() < STALE_CLAIM_MS) return null
    return payload.update({
      collection: slugs.emailDeliveries,
      id: found.id,
      data: { status: 'sending' },
      depth: 0,
      overrideAccess: true,
    })
  }
}

/**
 * Sends one email of a pending email change (task `sendEmailChangeEmail`): re-reads the account and
 * skips when the change it belongs to is gone (confirmed, replaced by a newer request, expired);
 * claims the delivery key; for `confirm` makes a fresh token, stores only its hash on the pending
 * change and mails the link `${SERVER_URL}/<locale>/account/confirm-email?token=…` to the new
 * address; for `notice` mails the old address that a change to the (masked) new one is pending.
 * In the account's language. A send failure releases the claim and throws (the job retries; the
 * retry's token replaces the unsent one).
 */
export const sendEmailChangeEmail = async ({
  payload,
  input,
}: {
  payload: Payload
  input: EmailChangeEmailInput
}): Promise<EmailChangeSendOutcome> => {
  // System read: the task acts for the account holder; the pending change's fields are hidden.
  const user = (await payload
    .findByID({
      collection: slugs.users,
      id: input.user,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
    .catch(() => null)) as (User & { emailChange?: PendingEmailChange | null }) | null
  const pending = user?.emailChange
  if (
    !user ||
    !pending?.newEmail ||
    pending.requestId !== input.requestId ||
    isEmailChangeExpired(pending.expiresAt, new Date())
  ) {
    return 'skipped'
  }
  const to = input.kind === 'confirm' ? pending.newEmail : (input.to ?? null)
  if (!to) return 'skipped'
  const claimed = await claim(payload, {
    key: `email-change:${input.requestId}:${input.kind}`,
    kind: `email_change_${input.kind}`,
    to,
    recipient: user.id,
  })
  if (!claimed) return 'already_sent'

  const locale = user.locale === 'en' ? 'en' : 'nl'
  const name = user.name ?? ''
  try {
    const footer = await emailFooterFor({ payload, locale })
    let email
    if (input.kind === 'confirm') {
      const token = newEmailChangeToken()
      // System write: `emailChange` is no field any API writes (field access `nobody`). Through
      // the Local API (its own transaction, serialised on SQLite), not a bare row write.
      await payload.update({
        collection: slugs.users,
        id: user.id,
        data: { emailChange: { ...pending, tokenHash: hashEmailChangeToken(token) } },
        depth: 0,
        overrideAccess: true,
      })
      email = emailChangeConfirmEmail({
        locale,
        name,
        url: `${env.SERVER_URL}/${locale}/account/confirm-email?token=${token}`,
        hours: EMAIL_CHANGE_EXPIRY_HOURS,
        footer,
      })
    } else {
      email = emailChangeNoticeEmail({
        locale,
        name,
        maskedNewEmail: maskEmail(pending.newEmail),
        footer,
      })
    }
    const info = (await payload.sendEmail({
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    })) as { messageId?: string } | undefined
    await payload.update({
      collection: slugs.emailDeliveries,
      id: claimed.id,
      data: {
        status: 'sent',
        subject: email.subject,
        sentAt: new Date().toISOString(),
        messageId: info?.messageId ?? null,
      },
      depth: 0,
      overrideAccess: true,
    })
    return 'sent'
  } catch (error) {
    await payload
      .delete({ collection: slugs.emailDeliveries, id: claimed.id, overrideAccess: true })
      .catch(() => undefined)
    throw error
  }
}
