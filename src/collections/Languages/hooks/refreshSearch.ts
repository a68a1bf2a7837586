import type { CollectionAfterChangeHook } from 'payload'

import { refreshSearchForVocabulary } from '@/search/voiceoverSearch'
import { slugs } from '@/slugs'

/**
 * A renamed language or accent renames it in the search documents of the artists using it.
 * Also expires the cached catalog, whose cards show the names.
 */
export const refreshSearchAfterVocabularyChange: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
}) => {
  const slug = collection.slug === slugs.accents ? slugs.accents : slugs.languages
  await refreshSearchForVocabulary({ req, collection: slug, id: String(doc.id) })
  try {
    const { revalidateTag } = await import('next/cache')
    const { CATALOG_CACHE_TAG } = await import('@/collections/Voiceovers/hooks/revalidateCatalog')
    revalidateTag(CATALOG_CACHE_TAG, { expire: 0 })
  } catch {
    // Outside a Next.js request (seed script, CLI, tests) there is no cache to expire.
  }
  return doc
}
