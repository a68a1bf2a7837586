import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import config from '@payload-config'
import { slugs } from '@/slugs'

import { catalogCacheKey, catalogCacheOptions } from './catalogCache'
import type { VocabularyView } from './vocabularyView'

/** The languages and accents the catalog filters offer, with names in both languages. */
export type CatalogVocabulary = {
  languages: VocabularyView[]
  accents: (VocabularyView & { language: string | null })[]
}

const findCatalogVocabulary = async (): Promise<CatalogVocabulary> => {
  const payload = await getPayload({ config })
  // Anonymous on purpose (shared by every visitor): read access keeps to active rows.
  const [languages, accents] = await Promise.all([
    payload.find({
      collection: slugs.languages,
      overrideAccess: false,
      pagination: false,
      sort: 'nameEn',
      depth: 0,
    }),
    payload.find({
      collection: slugs.accents,
      overrideAccess: false,
      pagination: false,
      sort: 'nameEn',
      depth: 0,
    }),
  ])
  return {
    languages: languages.docs.map((l) => ({ code: l.id, en: l.nameEn, nl: l.nameNl })),
    accents: accents.docs.map((a) => ({
      code: a.id,
      en: a.nameEn,
      nl: a.nameNl,
      language: typeof a.language === 'object' && a.language ? a.language.id : (a.language ?? null),
    })),
  }
}

/** The active languages and accents, cached until an artist or the vocabulary changes. */
export const getCatalogVocabulary = unstable_cache(
  findCatalogVocabulary,
  catalogCacheKey('catalog-vocabulary'),
  catalogCacheOptions,
)
