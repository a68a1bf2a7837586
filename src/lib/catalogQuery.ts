import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { rows } from '@/db/atomicIncrement'
import { nameSimilarity } from '@/domain/nameSimilarity'
import { SEARCH_TABLE } from '@/search/voiceoverSearch'

import type { CatalogFilters } from './catalogFilters'
import { CATALOG_PAGE_SIZE } from './catalogFilters'

type SQL = ReturnType<typeof sql>

/**
 * Trigram word similarity (0–1) above which a search word matches a word of an artist's
 * name on PostgreSQL. pg_trgm's default (0.6) misses one-letter typos in short names
 * ("sanee" → "Sanne" is 0.5).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.4

type Dialect = 'postgres' | 'sqlite'

/** An artist whose name is like the search, and how much (0–1, see nameSimilarity). */
type NameMatch = { id: number; similarity: number }

/** Words of a search as an FTS5 query: each word quoted (no operators) and matched as a prefix. */
const fts5Query = (q: string): string | null => {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length > 0 ? words.map((w) => `"${w}"*`).join(' ') : null
}

const rateColumn = (projectType: string) => sql.identifier(`rates_${projectType}`)

/**
 * The SQL of one catalog page and of its count, for PostgreSQL or SQLite. Written by hand because
 * Payload's `find` joins every array and hasMany table before the limit: these queries keep to
 * indexes (see tests/int/catalog-query.int.test.ts). The anonymous read rule — active artists
 * only — is part of every query. `projectType` only holds a value from the vocabulary (checked
 * by parseCatalogFilters), so its column name is safe to build from it.
 * Output: `page` selects `id` (in order), `count` selects `total`.
 */
export const catalogQueries = ({
  filters,
  dialect,
  nameMatches = [],
}: {
  filters: CatalogFilters
  dialect: Dialect
  /** SQLite only: active artists whose name is like the search despite a typo (findNameMatches). */
  nameMatches?: NameMatch[]
}): { page: SQL; count: SQL } => {
  const where: SQL[] = [sql`v.active = true`]
  let from = sql`voiceovers v`
  let score: SQL | null = null

  if (filters.language) {
    where.push(
      sql`EXISTS (SELECT 1 FROM voiceovers_languages l WHERE l._parent_id = v.id AND l.language_id = ${filters.language})`,
    )
  }
  if (filters.accent) {
    where.push(
      sql`EXISTS (SELECT 1 FROM voiceovers_rels r WHERE r.parent_id = v.id AND r.path = 'accents' AND r.accents_id = ${filters.accent})`,
    )
  }
  if (filters.style) {
    where.push(
      sql`EXISTS (SELECT 1 FROM voiceovers_styles st WHERE st.parent_id = v.id AND st.value = ${filters.style})`,
    )
  }
  if (filters.gender) where.push(sql`v.gender = ${filters.gender}`)
  if (filters.age) where.push(sql`v.age_range = ${filters.age}`)
  if (filters.projectType) {
    const rate = rateColumn(filters.projectType)
    where.push(sql`v.${rate} > 0`)
    if (filters.minPriceCents !== undefined) where.push(sql`v.${rate} >= ${filters.minPriceCents}`)
    if (filters.maxPriceCents !== undefined) where.push(sql`v.${rate} <= ${filters.maxPriceCents}`)
  }
  if (filters.maxTurnaroundDays !== undefined) {
    where.push(sql`v.turnaround_days <= ${filters.maxTurnaroundDays}`)
  }
  if (filters.rush) where.push(sql`v.rush_available = true`)

  if (filters.q) {
    const table = sql.identifier(SEARCH_TABLE)
    if (dialect === 'postgres') {
      const tsquery = sql`(plainto_tsquery('dutch', ${filters.q}) || plainto_tsquery('english', ${filters.q}))`
      from = sql`${from} JOIN ${table} s ON s.voiceover_id = v.id`
      // Words anywhere (full text, Dutch and English stems), or a name despite a typo (trigrams).
      where.push(sql`(s.tsv @@ ${tsquery} OR s.name %> ${filters.q})`)
      score = sql`(ts_rank(s.tsv, ${tsquery}) + word_similarity(${filters.q}, s.name))`
    } else {
      const match = fts5Query(filters.q)
      if (match === null) {
        where.push(sql`1 = 0`)
      } else {
        from = sql`${from} LEFT JOIN (SELECT rowid AS id, bm25(${table}, 10.0, 1.0) AS rank FROM ${table} WHERE ${table} MATCH ${match}) s ON s.id = v.id`
        // Words anywhere (FTS5), or a name despite a typo (nameMatches, as pg_trgm does above).
        const typo =
          nameMatches.length > 0
            ? sql`CASE v.id ${sql.join(
                nameMatches.map((m) => sql`WHEN ${m.id} THEN ${m.similarity}`),
                sql` `,
              )} ELSE 0 END`
            : sql`0`
        where.push(
          nameMatches.length > 0
            ? sql`(s.id IS NOT NULL OR v.id IN (${sql.join(
                nameMatches.map((m) => sql`${m.id}`),
                sql`, `,
              )}))`
            : sql`s.id IS NOT NULL`,
        )
        // bm25 with the name weighing 10× the rest; lower is better, so negated to read "score DESC".
        score = sql`(COALESCE(-s.rank, 0) + ${typo})`
      }
    }
  }

  const sort = filters.sort ?? (score ? null : 'recommended')
  const byName = sql`v.name ASC, v.id ASC`
  const order =
    sort === null && score
      ? sql`${score} DESC, ${byName}`
      : sort === 'price'
        ? filters.projectType
          ? sql`v.${rateColumn(filters.projectType)} ASC, ${byName}`
          : sql`v.from_rate_cents ASC NULLS LAST, ${byName}`
        : sort === 'turnaround'
          ? sql`v.turnaround_days ASC NULLS LAST, ${byName}`
          : sort === 'newest'
            ? sql`v.created_at DESC, v.id DESC`
            : sql`v.catalog_rank ASC NULLS LAST, ${byName}`

  const conditions = sql.join(where, sql` AND `)
  const offset = (filters.page - 1) * CATALOG_PAGE_SIZE
  return {
    page: sql`SELECT v.id AS id FROM ${from} WHERE ${conditions} ORDER BY ${order} LIMIT ${CATALOG_PAGE_SIZE} OFFSET ${offset}`,
    count: sql`SELECT count(*) AS total FROM ${from} WHERE ${conditions}`,
  }
}

type Drizzle = {
  transaction: <T>(run: (tx: Drizzle) => Promise<T>) => Promise<T>
  all?: (query: unknown) => Promise<Record<string, unknown>[]>
  execute?: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
}

/** The database dialect of `payload`'s adapter. */
export const dialectOf = (payload: Payload): Dialect =>
  payload.db.name === 'sqlite' ? 'sqlite' : 'postgres'

/**
 * Runs `run` with the catalog's search settings: on PostgreSQL inside a transaction whose
 * `pg_trgm.word_similarity_threshold` is WORD_SIMILARITY_THRESHOLD (SET LOCAL ends with it).
 */
export const withSearchSettings = async <T>(
  payload: Payload,
  run: (db: Drizzle) => Promise<T>,
): Promise<T> => {
  const db = payload.db.drizzle as unknown as Drizzle
  if (dialectOf(payload) === 'sqlite') return run(db)
  return db.transaction(async (tx) => {
    await rows(
      tx,
      sql.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`),
    )
    return run(tx)
  })
}

/**
 * The ids of one catalog page of active artists matching `filters`, in order, and how many
 * match in all.
 */
export const findCatalogIds = async ({
  payload,
  filters,
}: {
  payload: Payload
  filters: CatalogFilters
}): Promise<{ ids: number[]; totalDocs: number }> => {
  const dialect = dialectOf(payload)
  const nameMatches =
    dialect === 'sqlite' && filters.q ? await findNameMatches(payload, filters.q) : []
  const { page, count } = catalogQueries({ filters, dialect, nameMatches })
  return withSearchSettings(payload, async (db) => {
    const [total] = await rows(db, count)
    const totalDocs = Number(total?.total ?? 0)
    const ids = totalDocs > 0 ? (await rows(db, page)).map((r) => Number(r.id)) : []
    return { ids, totalDocs }
  })
}

/**
 * The languages and accents at least one active artist has: what the catalog's filters offer (a
 * language nobody speaks would only lead to an empty page). Two DISTINCT queries over the artists'
 * language rows and accent relations, joined to active artists. Output: sets of vocabulary ids.
 */
export const findVocabularyInUse = async (
  payload: Payload,
): Promise<{ languages: Set<string>; accents: Set<string> }> => {
  const db = payload.db.drizzle as unknown as Drizzle
  const [languages, accents] = await Promise.all([
    rows(
      db,
      sql`SELECT DISTINCT l.language_id AS code FROM voiceovers_languages l JOIN voiceovers v ON v.id = l._parent_id WHERE v.active = true`,
    ),
    rows(
      db,
      sql`SELECT DISTINCT r.accents_id AS code FROM voiceovers_rels r JOIN voiceovers v ON v.id = r.parent_id WHERE v.active = true AND r.path = 'accents'`,
    ),
  ])
  const codes = (list: Record<string, unknown>[]) =>
    new Set(
      list
        .map((r) => r.code)
        .filter((c) => c !== null)
        .map(String),
    )
  return { languages: codes(languages), accents: codes(accents) }
}

/**
 * SQLite's stand-in for pg_trgm: the active artists whose name shares at least
 * WORD_SIMILARITY_THRESHOLD of the search's trigrams (domain/nameSimilarity.ts), so "sanee" finds
 * Sanne on the embedded default as on PostgreSQL. Reads every active artist's name (one indexed scan;
 * the catalog's answers are cached per query). Output: matches, best first.
 */
export const findNameMatches = async (payload: Payload, q: string): Promise<NameMatch[]> => {
  const db = payload.db.drizzle as unknown as Drizzle
  const list = await rows(
    db,
    sql`SELECT v.id AS id, v.name AS name FROM voiceovers v WHERE v.active = true`,
  )
  return list
    .map((r) => ({ id: Number(r.id), similarity: nameSimilarity(q, String(r.name ?? '')) }))
    .filter((m) => m.similarity >= WORD_SIMILARITY_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity)
}
