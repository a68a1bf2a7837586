import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

import { rows, transactionDb } from '@/db/atomicIncrement'
import { searchDocument } from '@/domain/searchDocument'
import type { Accent, Language } from '@/payload-types'
import { slugs } from '@/slugs'

/** The table holding one search document per artist (created by the catalogVocabulary data step). */
export const SEARCH_TABLE = 'voiceover_search'

const names = (value: unknown): { en: string; nl: string }[] => {
  const doc = value as Partial<Language & Accent> | string | null | undefined
  return doc && typeof doc === 'object' && doc.nameEn && doc.nameNl
    ? [{ en: doc.nameEn, nl: doc.nameNl }]
    : []
}

/**
 * Rewrites the search documents of the artists `ids` (PostgreSQL: the row whose `tsv` column is
 * generated from it; SQLite: the FTS5 row with the artist's id as rowid), inside `req`'s
 * transaction. Call it after an artist, or a language or accent an artist uses, has changed.
 * Artists that no longer exist lose their document.
 */
export const refreshVoiceoverSearch = async ({
  req,
  ids,
}: {
  req: PayloadRequest
  ids: readonly number[]
}): Promise<void> => {
  if (ids.length === 0) return
  const { docs } = await req.payload.find({
    collection: slugs.voiceovers,
    where: { id: { in: [...ids] } },
    // System read: every artist has a document (the catalog query itself keeps to active ones).
    overrideAccess: true,
    req,
    depth: 1,
    pagination: false,
    select: { name: true, tagline: true, bio: true, styles: true, languages: true, accents: true },
    populate: {
      [slugs.languages]: { nameEn: true, nameNl: true },
      [slugs.accents]: { nameEn: true, nameNl: true },
    },
  })
  const db = await transactionDb(req)
  const postgres = req.payload.db.name !== 'sqlite'
  for (const id of ids) {
    const doc = docs.find((d) => d.id === id)
    if (!postgres)
      await rows(db, sql`DELETE FROM ${sql.identifier(SEARCH_TABLE)} WHERE rowid = ${id}`)
    if (!doc) {
      if (postgres) {
        await rows(db, sql`DELETE FROM ${sql.identifier(SEARCH_TABLE)} WHERE voiceover_id = ${id}`)
      }
      continue
    }
    const document = searchDocument({
      name: doc.name,
      tagline: doc.tagline,
      bio: doc.bio,
      styles: doc.styles,
      languages: (doc.languages ?? []).flatMap((l) => names(l.language)),
      accents: (doc.accents ?? []).flatMap(names),
    })
    await rows(
      db,
      postgres
        ? sql`INSERT INTO ${sql.identifier(SEARCH_TABLE)} (voiceover_id, name, document)
              VALUES (${id}, ${doc.name}, ${document})
              ON CONFLICT (voiceover_id) DO UPDATE SET name = excluded.name, document = excluded.document`
        : sql`INSERT INTO ${sql.identifier(SEARCH_TABLE)} (rowid, name, document)
              VALUES (${id}, ${doc.name}, ${document})`,
    )
  }
}

/** The artists using a language or an accent, whose search documents name it. */
export const refreshSearchForVocabulary = async ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: typeof slugs.languages | typeof slugs.accents
  id: string
}): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: slugs.voiceovers,
    where:
      collection === slugs.languages
        ? { 'languages.language': { equals: id } }
        : { accents: { in: [id] } },
    // System read: the documents of inactive artists are kept current too.
    overrideAccess: true,
    req,
    depth: 0,
    pagination: false,
    select: {},
  })
  await refreshVoiceoverSearch({ req, ids: docs.map((d) => d.id) })
}
