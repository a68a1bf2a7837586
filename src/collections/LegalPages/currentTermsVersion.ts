import type { PayloadRequest } from 'payload'

import { pickLegalPage } from '@/domain/legal'
import type { Locale } from '@/i18n/locales'
import { slugs } from '@/slugs'

/**
 * The terms of service a person reading `locale` is shown now: the published terms page in that
 * language, else the one in the other language. Returns its `version` and `language`, or `null` when
 * no terms page is published (a fresh installation before the agency wrote one).
 */
export const currentTermsVersion = async ({
  req,
  locale,
}: {
  req: PayloadRequest
  locale: Locale
}): Promise<{ version: string; language: Locale } | null> => {
  // The published terms are public; `draft: false` reads the published version of each page.
  const { docs } = await req.payload.find({
    collection: slugs.legalPages,
    where: { and: [{ kind: { equals: 'terms' } }, { _status: { equals: 'published' } }] },
    select: { kind: true, language: true, version: true },
    depth: 0,
    limit: 10,
    draft: false,
    req,
    overrideAccess: false,
    user: null,
  })
  const page = pickLegalPage({ pages: docs, kind: 'terms', locale })
  return page ? { version: page.version, language: page.language } : null
}
