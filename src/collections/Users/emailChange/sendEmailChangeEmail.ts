import type { Payload } from 'payload'

import { localeOrDefault } from '@/i18n/locales'
import {
  EMAIL_CHANGE_EXPIRY_HOURS,
  hashEmailChangeToken,
  isEmailChangeExpired,
  maskEmail,
  newEmailChangeToken,
} from '@/domain/emailChange'
import { emailChangeConfirmEmail, emailChangeNoticeEmail } from '@/notifications/emailChangeEmails'
import { claimDelivery, sendClaimedEmail } from '@/notifications/emailDelivery'
import { emailFooterFor } from '@/notifications/emailFooter'
import { env } from '@/env'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

import type { PendingEmailChange } from './fields'
import type { EmailChangeEmailInput } from './queueEmailChangeEmails'

export type EmailChangeSendOutcome = 'sent' | 'already_sent' | 'skipped'

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
  const newEmail = pending.newEmail
  const to = input.kind === 'confirm' ? newEmail : (input.to ?? null)
  if (!to) return 'skipped'
  const claimed = await claimDelivery(payload, {
    key: `email-change:${input.requestId}:${input.kind}`,
    kind: `email_change_${input.kind}`,
    to,
    recipient: user.id,
  })
  if (!claimed) return 'already_sent'

  const locale = localeOrDefault(user.locale)
  const name = user.name ?? ''
  return sendClaimedEmail({
    payload,
    claimed,
    to,
    render: async () => {
      const footer = await emailFooterFor({ payload, locale })
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
        return emailChangeConfirmEmail({
          locale,
          name,
          url: `${env.SERVER_URL}/${locale}/account/confirm-email?token=${token}`,
          hours: EMAIL_CHANGE_EXPIRY_HOURS,
          footer,
        })
      } else {
        return emailChangeNoticeEmail({
          locale,
          name,
          maskedNewEmail: maskEmail(newEmail),
          footer,
        })
      }
    },
  })
}
