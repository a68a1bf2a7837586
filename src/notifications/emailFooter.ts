import type { Payload, PayloadRequest } from 'payload'

import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { globalSlugs } from '@/slugs'

import { footerLinks } from './links'
import type { EmailFooter } from './templates'

/**
 * The footer of an email to a person reading `locale`: the site's terms, privacy and contact pages in
 * that language, and the agency's name and address from the Company global. Pass `req` inside a
 * request (its transaction is reused); a job passes `payload`. A missing global gives links only.
 */
export const emailFooterFor = async ({
  payload,
  req,
  locale,
}: {
  payload: Payload
  req?: PayloadRequest
  locale: Locale
}): Promise<EmailFooter> => {
  // System read: the Company global is admin-only over the API, but its name and address are public
  // (they are on every invoice and the contact page).
  const company = await payload
    .findGlobal({ slug: globalSlugs.company, req, depth: 0, overrideAccess: true })
    .catch(() => null)
  return {
    links: footerLinks({ serverUrl: env.SERVER_URL, locale }),
    company: company?.name ? { name: company.name, address: company.address ?? '' } : null,
  }
}
