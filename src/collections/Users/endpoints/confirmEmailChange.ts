import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { withTransaction } from '@/db/withTransaction'
import { hashEmailChangeToken, isEmailChangeExpired, isWellFormedToken } from '@/domain/emailChange'
import type { Sentence } from '@/errors/sentence'
import { UserError } from '@/errors/UserError'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

import type { PendingEmailChange } from '../emailChange/fields'
import { NO_EMAIL_CHANGE } from '../emailChange/fields'
import { EMAIL_TAKEN_SENTENCE } from './emailChange'

const INVALID_LINK: Sentence = { key: 'emailChange.invalidLink' }

type StoredUser = User & {
  emailChange?: PendingEmailChange | null
  sessions?: { id: string }[] | null
}

/** True for the database's refusal of a second account with the same email (a race past the check). */
const isEmailUniqueViolation = (error: unknown): boolean => {
  const errors = (error as { data?: { errors?: { path?: string }[] } }).data?.errors
  if (Array.isArray(errors) && errors.some((e) => e.path === 'email')) return true
  const text = String((error as { message?: unknown }).message ?? '')
  return /unique/i.test(text) && /email/i.test(text)
}

/**
 * `POST /api/users/email-change/confirm` with `{"token"}` — the link from the confirmation email.
 * Needs no login: the token (single-use, compared by its SHA-256) is the proof that the new mailbox
 * belongs to the account holder. Applies the pending change in one transaction: the email becomes
 * the new address, the pending change is cleared (the link stops working), every session ends except
 * the confirming browser's own when it is logged in to this account (OWASP ASVS 5.0 §7.4.3), and an
 * `account.email_changed` audit event is written. Answers 200 `{message, email}`; 400 for a
 * malformed, unknown or already used token; 410 when the link has expired; 409 when another account
 * took the address meanwhile. Rate limited per client address (`confirmEmailChange`).
 */
export const confirmEmailChangeEndpoint: Endpoint = {
  path: '/email-change/confirm',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const token = (req.data as { token?: unknown } | undefined)?.token
    if (!isWellFormedToken(token)) throw new UserError(INVALID_LINK, 400)
    const now = new Date()
    const email = await withTransaction(req, async () => {
      // System read: the token identifies the account; no session is needed or trusted here.
      const found = (await req.payload.db.findOne({
        collection: slugs.users,
        where: { 'emailChange.tokenHash': { equals: hashEmailChangeToken(token) } },
        req,
      })) as StoredUser | null
      const pending = found?.emailChange
      if (!found || !pending?.newEmail) throw new UserError(INVALID_LINK, 400)
      if (isEmailChangeExpired(pending.expiresAt, now)) {
        throw new UserError({ key: 'emailChange.expiredLink' }, 410)
      }
      const newEmail = pending.newEmail
      // System count: whether any other account (not just what the caller may read) took the address.
      const taken = await req.payload.count({
        collection: slugs.users,
        where: { and: [{ email: { equals: newEmail } }, { id: { not_equals: found.id } }] },
        overrideAccess: true,
        req,
      })
      if (taken.totalDocs > 0) throw new UserError(EMAIL_TAKEN_SENTENCE, 409)
      const keep =
        req.user && String(req.user.id) === String(found.id)
          ? (req.user as { _sid?: string })._sid
          : undefined
      try {
        // Direct row write, as Payload's own reset-password: `sessions` and `emailChange` are no
        // fields the API writes, and the email must change without the current-password hook.
        await req.payload.db.updateOne({
          collection: slugs.users,
          id: found.id,
          data: {
            email: newEmail,
            emailChange: NO_EMAIL_CHANGE,
            sessions: (found.sessions ?? []).filter((s) => keep !== undefined && s.id === keep),
          },
          req,
          returning: false,
        })
      } catch (error) {
        if (isEmailUniqueViolation(error)) throw new UserError(EMAIL_TAKEN_SENTENCE, 409)
        throw error
      }
      await recordAudit({
        req,
        action: 'account.email_changed',
        booking: found.role === 'voiceover' ? { artist: found.id } : { customer: found.id },
        details: { user: found.id },
      })
      return newEmail
    })
    return Response.json(
      { message: `Your email address is now ${email}. Log in with it from now on.`, email },
      { status: 200, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
