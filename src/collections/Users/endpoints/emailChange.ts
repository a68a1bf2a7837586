import crypto from 'node:crypto'

import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { withTransaction } from '@/db/withTransaction'
import {
  emailChangeExpiry,
  EMAIL_CHANGE_EXPIRY_HOURS,
  normaliseNewEmail,
} from '@/domain/emailChange'
import { matchesStoredPassword } from '@/domain/passwordHash'
import type { Sentence } from '@/errors/sentence'
import { UserError } from '@/errors/UserError'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

import type { PendingEmailChange } from '../emailChange/fields'
import { queueEmailChangeEmails } from '../emailChange/queueEmailChangeEmails'

/** The 409 when the new address is another account's (at request or, meanwhile, at confirmation). */
export const EMAIL_TAKEN_SENTENCE: Sentence = { key: 'emailChange.taken' }

/**
 * `POST /api/users/email-change` with `{"newEmail", "currentPassword"}` — the logged-in person asks
 * to change their email address. Nothing changes yet: the pending change (new address, request id,
 * expiry in `EMAIL_CHANGE_EXPIRY_HOURS` h) is stored, replacing any earlier one, and two emails are
 * queued in the same transaction: a confirmation link to the new address, a notice to the old one
 * (`sendEmailChangeEmail`). Answers 200 `{message, pendingEmail, expiresAt}`; 401 when not logged
 * in; 400 for a missing or implausible address, the current address, a missing or wrong current
 * password; 409 when another account uses the address. Rate limited per client address as the
 * `emailChange` account action (src/domain/authLimits.ts).
 */
export const emailChangeEndpoint: Endpoint = {
  path: '/email-change',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UserError({ key: 'emailChange.logIn' }, 401)
    await addDataAndFileToRequest(req)
    const data = (req.data ?? {}) as { newEmail?: unknown; currentPassword?: unknown }
    const newEmail = normaliseNewEmail(data.newEmail)
    if (!newEmail) {
      throw new UserError({ key: 'emailChange.enterNewEmail' }, 400)
    }
    const user = req.user as unknown as User
    if (newEmail === user.email.trim().toLowerCase()) {
      throw new UserError({ key: 'emailChange.sameAddress' }, 400)
    }
    if (typeof data.currentPassword !== 'string' || data.currentPassword === '') {
      throw new UserError({ key: 'emailChange.currentPasswordNeeded' }, 400)
    }
    // System read of the caller's own stored hash, which no API returns.
    const stored = (await req.payload.db.findOne({
      collection: slugs.users,
      where: { id: { equals: user.id } },
      req,
    })) as { hash?: string | null; salt?: string | null } | null
    const right = await matchesStoredPassword({
      password: data.currentPassword,
      hash: stored?.hash,
      salt: stored?.salt,
    })
    if (!right) throw new UserError({ key: 'emailChange.currentPasswordWrong' }, 400)
    // System count: whether any account (not just what the caller may read) has the address.
    const taken = await req.payload.count({
      collection: slugs.users,
      where: { email: { equals: newEmail } },
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs > 0) throw new UserError(EMAIL_TAKEN_SENTENCE, 409)

    const requestId = crypto.randomUUID()
    const expiresAt = emailChangeExpiry(new Date()).toISOString()
    const pending: PendingEmailChange = { newEmail, expiresAt, requestId, tokenHash: null }
    await withTransaction(req, async () => {
      // Direct row write: `emailChange` is no field any API writes (field access `nobody`).
      await req.payload.db.updateOne({
        collection: slugs.users,
        id: user.id,
        data: { emailChange: pending },
        req,
        returning: false,
      })
      await queueEmailChangeEmails({ req, user: user.id, requestId, oldEmail: user.email })
    })
    return Response.json(
      {
        message: `We have sent a link to ${newEmail}. Open it within ${EMAIL_CHANGE_EXPIRY_HOURS} hours to confirm the change; until then you keep logging in with ${user.email}.`,
        pendingEmail: newEmail,
        expiresAt,
      },
      { status: 200, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
