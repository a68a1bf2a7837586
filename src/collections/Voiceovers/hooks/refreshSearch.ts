import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Voiceover } from '@/payload-types'
import { refreshVoiceoverSearch } from '@/search/voiceoverSearch'

/** Rewrites the artist's search document in the same transaction as the change. */
export const refreshSearchAfterChange: CollectionAfterChangeHook<Voiceover> = async ({
  doc,
  req,
}) => {
  await refreshVoiceoverSearch({ req, ids: [doc.id] })
  return doc
}

/** Removes the search document of a deleted artist (SQLite's FTS table has no foreign key). */
export const removeSearchAfterDelete: CollectionAfterDeleteHook<Voiceover> = async ({
  doc,
  req,
}) => {
  await refreshVoiceoverSearch({ req, ids: [doc.id] })
  return doc
}
