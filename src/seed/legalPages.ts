import type { Payload, PayloadRequest } from 'payload'

import { legalPageKinds } from '@/domain/legal'
import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { slugs } from '@/slugs'

import { legalEn } from './legal/en'
import { legalNl } from './legal/nl'
import { richTextFromMarkdown } from './richText'

/** The version the seeded terms carry (the date the text was written). */
export const SEED_TERMS_VERSION = '2026-11-30'

const content: Record<Locale, typeof legalEn | typeof legalNl> = { en: legalEn, nl: legalNl }

/**
 * Publishes the terms, privacy policy and contact page in every language where that page doesn't
 * exist yet (an admin's edited page is never replaced). System calls inside the seed's transaction
 * (`req`). Returns how many pages it created.
 */
export const seedLegalPages = async ({
  payload,
  req,
}: {
  payload: Payload
  req: PayloadRequest
}): Promise<number> => {
  let created = 0
  for (const language of locales) {
    for (const kind of legalPageKinds) {
      const { totalDocs } = await payload.count({
        collection: slugs.legalPages,
        where: { and: [{ kind: { equals: kind } }, { language: { equals: language } }] },
        req,
      })
      if (totalDocs > 0) continue
      const page = content[language][kind]
      await payload.create({
        collection: slugs.legalPages,
        data: {
          kind,
          language,
          version: SEED_TERMS_VERSION,
          title: page.title,
          body: richTextFromMarkdown(page.body),
          _status: 'published',
        },
        depth: 0,
        req,
      })
      created++
    }
  }
  return created
}
