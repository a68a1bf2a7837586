'use server'

import { revalidatePath } from 'next/cache'
import { getPayload } from 'payload'

import config from '@payload-config'
import { renderSentence } from '@/errors/sentence'
import { isUserError } from '@/errors/UserError'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'
import { getCurrentUser } from '@/lib/currentUser'
import { slugs } from '@/slugs'

/**
 * What the message form shows after a post: `sent` (the field is emptied), or `error` with the
 * sentence to show and the text the person typed (kept so nothing is lost). `round` changes on
 * every answer so the form can reset its field.
 */
export type PostMessageState =
  | { status: 'idle'; round: number }
  | { status: 'sent'; round: number }
  | { status: 'error'; round: number; message: string; body: string }

/**
 * Posts a message from the booking page's form (with or without JavaScript): as the logged-in user
 * through the Local API with `overrideAccess: false`, so the collection's access and hooks decide
 * exactly as for `POST /api/messages`. Form fields: `booking` (id), `body`, `locale` (the page's
 * language, for the sentence of a refusal). Output: the form's next state; never throws for a
 * refusal (4xx) — its sentence comes back in the page's language.
 */
export const postMessage = async (
  previous: PostMessageState,
  form: FormData,
): Promise<PostMessageState> => {
  const requested = String(form.get('locale') ?? '')
  const locale = isLocale(requested) ? requested : defaultLocale
  const bookingId = String(form.get('booking') ?? '')
  const body = String(form.get('body') ?? '')
  const round = previous.round + 1
  const t = translatorFor(locale, 'thread')
  const user = await getCurrentUser()
  if (!user) {
    return {
      status: 'error',
      round,
      message: translatorFor(locale, 'bookings')('apiErrors.forbidden'),
      body,
    }
  }
  const payload = await getPayload({ config })
  try {
    await payload.create({
      collection: slugs.messages,
      data: { booking: Number(bookingId), body },
      user,
      overrideAccess: false,
      depth: 0,
    })
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (isUserError(error) && error.sentence) {
      return { status: 'error', round, message: renderSentence(error.sentence, locale), body }
    }
    if (status === 403) {
      return {
        status: 'error',
        round,
        message: translatorFor(locale, 'bookings')('apiErrors.forbidden'),
        body,
      }
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { status: 'error', round, message: t('failed'), body }
    }
    payload.logger.error({ msg: 'Posting a message failed', err: error })
    return { status: 'error', round, message: t('failed'), body }
  }
  revalidatePath(`/${locale}/account/bookings/${bookingId}`)
  return { status: 'sent', round }
}
