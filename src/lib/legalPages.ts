import { getPayload } from 'payload'
import { cache } from 'react'

import config from '@payload-config'
import type { LegalPageKind } from '@/domain/legal'
import { pickLegalPage } from '@/domain/legal'
import type { Locale } from '@/i18n/locales'
import type { Company, LegalPage } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

/**
 * The published legal page of `kind` for a reader of `locale` (the one in another language when
 * that is all there is — the page says so), or `null` when none is published. Read as an anonymous
 * visitor (`overrideAccess: false`, no user): exactly what the public may see, drafts never.
 * Memoised per request (the page and its metadata share it).
 */
export const findLegalPage = cache(
  async (kind: LegalPageKind, locale: Locale): Promise<LegalPage | null> => {
    const payload = await getPayload({ config })
    const { docs } = await payload.find({
      collection: slugs.legalPages,
      where: { and: [{ kind: { equals: kind } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      limit: 10,
      overrideAccess: false,
    })
    return pickLegalPage({ pages: docs, kind, locale })
  },
)

/** What the contact page shows of the agency (the Company global's public details). */
export type CompanyContact = Pick<Company, 'name' | 'address' | 'kvk' | 'vatId' | 'email' | 'phone'>

/**
 * The agency's name, address, KvK number, VAT ID, email and phone for the contact page. System
 * read: the Company global is admin-only over the API (it holds invoice settings too), but these
 * details are public — they are printed on every invoice — and only they are selected.
 */
export const findCompanyContact = cache(async (): Promise<CompanyContact> => {
  const payload = await getPayload({ config })
  const company = await payload.findGlobal({
    slug: globalSlugs.company,
    depth: 0,
    overrideAccess: true,
    select: { name: true, address: true, kvk: true, vatId: true, email: true, phone: true },
  })
  return {
    name: company.name,
    address: company.address,
    kvk: company.kvk ?? null,
    vatId: company.vatId,
    email: company.email ?? null,
    phone: company.phone ?? null,
  }
})
