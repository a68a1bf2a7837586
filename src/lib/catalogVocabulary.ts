import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import config from '@payload-config'
import { slugs } from '@/slugs'

import { catalogCacheKey, catalogCacheOptions } from './catalogCache'
import type { CatalogFilters } from './catalogFilters'
import { findVocabularyInUse } from './catalogQuery'
import type { VocabularyView } from './vocabularyView'

/**
 * The active languages and accents, with names in both languages; `inUse` when at least one active
 * artist has it (the filters offer only those, see vocabularyForFilters).
 */
export type CatalogVocabulary = {
  languages: (VocabularyView & { inUse: boolean })[]
  accents: (VocabularyView & { language: string | null; inUse: boolean })[]
}

const findCatalogVocabulary = async (): Promise<CatalogVocabulary> => {
  const payload = await getPayload({ config })
  // Anonymous on purpose (shared by every visitor): read access keeps to active rows.
  const [languages, accents, inUse] = await Promise.all([
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
    findVocabularyInUse(payload),
  ])
  return {
    languages: languages.docs.map((l) => ({
      code: l.id,
      en: l.nameEn,
      nl: l.nameNl,
      inUse: inUse.languages.has(l.id),
    })),
    accents: accents.docs.map((a) => ({
      code: a.id,
      en: a.nameEn,
      nl: a.nameNl,
      language: typeof a.language === 'object' && a.language ? a.language.id : (a.language ?? null),
      inUse: inUse.accents.has(a.id),
    })),
  }
}

/**
 * What the filter form offers: the languages and accents some active artist has, plus the one the
 * visitor chose (an old link may name one nobody has any more: the form still shows the choice).
 */
export const vocabularyForFilters = (
  vocabulary: CatalogVocabulary,
  filters: Pick<CatalogFilters, 'language' | 'accent'>,
): CatalogVocabulary => ({
  languages: vocabulary.languages.filter((l) => l.inUse || l.code === filters.language),
  accents: vocabulary.accents.filter((a) => a.inUse || a.code === filters.accent),
})

/** The active languages and accents, cached until an artist or the vocabulary changes. */
export const getCatalogVocabulary = unstable_cache(
  findCatalogVocabulary,
  catalogCacheKey('catalog-vocabulary'),
  catalogCacheOptions,
)
