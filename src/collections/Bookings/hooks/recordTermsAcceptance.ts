import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { currentTermsVersion } from '@/collections/LegalPages/currentTermsVersion'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Booking } from '@/payload-types'

/** Context key the create endpoint sets when the request said `termsAccepted: true`. */
export const TERMS_ACCEPTED = 'termsAccepted'

/**
 * The language of the terms the customer was shown: the booking form sends its page's language as
 * `Accept-Language`, so its first supported tag wins; then the account's language; then Dutch.
 */
const termsLanguage = (req: Parameters<CollectionBeforeChangeHook>[0]['req']): Locale => {
  const header = req.headers.get('accept-language') ?? ''
  for (const part of header.split(',')) {
    const primary = part.split(';')[0]?.trim().split('-')[0]?.toLowerCase()
    if (isLocale(primary)) return primary
  }
  const stored = (req.user as { locale?: unknown } | null | undefined)?.locale
  return isLocale(stored) ? stored : defaultLocale
}

/**
 * On create, records which terms of service the customer accepted and when (`termsAcceptance`):
 * the version of the published terms in their language, from the server — the request only says
 * that it accepts (`termsAccepted: true`, checked by POST /api/bookings). Without that, a customer's
 * booking records nothing, and an admin's keeps what the admin entered (a booking on a customer's
 * behalf, whose terms were agreed elsewhere). With no terms published yet, the version stays empty
 * and the server logs a warning.
 */
export const recordTermsAcceptance: CollectionBeforeChangeHook<Booking> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  if (req.context[TERMS_ACCEPTED] !== true) {
    return checkRole(['admin'], req.user)
      ? data
      : { ...data, termsAcceptance: { version: null, language: null, acceptedAt: null } }
  }
  const locale = termsLanguage(req)
  const terms = await currentTermsVersion({ req, locale })
  if (!terms) {
    req.payload.logger.warn(
      'A booking accepted the terms of service, but no terms page is published: publish one (admin → Legal pages).',
    )
  }
  return {
    ...data,
    termsAcceptance: {
      version: terms?.version ?? null,
      language: terms?.language ?? locale,
      acceptedAt: new Date().toISOString(),
    },
  }
}
