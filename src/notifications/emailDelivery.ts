import type { Payload } from 'payload'

import type { EmailDelivery } from '@/payload-types'
import { slugs } from '@/slugs'

import type { RenderedEmail } from './templates'

/** A claim older than this is from a worker that died mid-send, and is taken over. */
const STALE_CLAIM_MS = 10 * 60 * 1000

/**
 * Claims an email's delivery key in the `email-deliveries` log before anyone talks to SMTP, so a
 * retried job or a second worker never sends the same email twice. The claim is its own committed
 * write (not part of a job transaction), so others see it at once. Input: the key (unique per email),
 * kind, address and recipient (and booking, for booking emails). Output: the claimed row, or null when
 * the email was sent already or another worker is sending it right now (a claim younger than 10
 * minutes). Throws what the database throws when the row can neither be created nor found.
 */
export const claimDelivery = async (
  payload: Payload,
  data: Pick<EmailDelivery, 'key' | 'kind' | 'to' | 'recipient'> &
    Partial<Pick<EmailDelivery, 'booking'>>,
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
 * Sends a claimed email and records it: `render` builds the email (it may write first, e.g. a fresh
 * token), then it goes out through Payload's email adapter and the claim is marked `sent` with the
 * subject and the SMTP message id. Any failure gives the claim back (deletes the row) so the job's
 * retry can send it, and rethrows. Output: 'sent'.
 */
export const sendClaimedEmail = async ({
  payload,
  claimed,
  to,
  render,
}: {
  payload: Payload
  claimed: Pick<EmailDelivery, 'id'>
  to: string
  render: () => Promise<RenderedEmail> | RenderedEmail
}): Promise<'sent'> => {
  try {
    const email = await render()
    const info = (await payload.sendEmail({
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    })) as { messageId?: string } | undefined
    // System write: the delivery log isn't writable over any API.
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
