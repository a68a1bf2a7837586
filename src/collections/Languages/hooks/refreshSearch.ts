import type { CollectionAfterChangeHook } from 'payload'

import { expireCacheTags } from '@/cache/expireCacheTags'
import { CATALOG_CACHE_TAG } from '@/collections/Voiceovers/hooks/revalidateCatalog'
import { afterCommit } from '@/db/afterCommit'
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
  // On every instance, and from the worker or a script too (see expireCacheTags); after the commit,
  // so no request caches the old names in between (afterCommit).
  await afterCommit(req, () => expireCacheTags([CATALOG_CACHE_TAG]))
  return doc
}
