import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

import { accentIdFor, vocabularyAccents, vocabularyLanguages } from '@/domain/vocabulary'
import { refreshVoiceoverSearch } from '@/search/voiceoverSearch'

/**
 * Hand-written data steps of the catalog vocabulary migration (SQLite), kept apart so they
 * survive regenerating the schema migration. Call order in the migration's `up`:
 * `beforeSchemaUp` → generated schema SQL → `up`; in `down`: `beforeSchemaDown` → generated → `down`.
 * Same steps as the PostgreSQL one; the search table is an FTS5 table whose rowid is the artist id.
 */

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>

const rowsOf = async (db: Db, query: ReturnType<typeof sql>): Promise<Row[]> =>
  (await db.all(query)) as Row[]

/** Keeps the old values aside: the schema step adds NOT NULL `language_id` and drops the texts. */
export const beforeSchemaUp = async ({ db }: Pick<MigrateUpArgs, 'db'>): Promise<void> => {
  await db.run(sql`CREATE TABLE "_vocabulary_languages" AS
    SELECT "_order", "_parent_id", "id", "language", "native" FROM "voiceovers_languages"`)
  await db.run(sql`CREATE TABLE "_vocabulary_accents" AS
    SELECT "order", "parent_id", "text" FROM "voiceovers_texts" WHERE "path" = 'accents' AND "text" IS NOT NULL`)
  await db.run(sql`DELETE FROM "voiceovers_languages"`)
}

export const up = async ({ db, req }: MigrateUpArgs): Promise<void> => {
  for (const l of vocabularyLanguages) {
    await db.run(sql`INSERT OR IGNORE INTO "languages" ("id", "name_en", "name_nl", "active")
      VALUES (${l.id}, ${l.en}, ${l.nl}, 1)`)
  }
  for (const a of vocabularyAccents) {
    await db.run(sql`INSERT OR IGNORE INTO "accents" ("id", "name_en", "name_nl", "language_id", "active")
      VALUES (${a.id}, ${a.en}, ${a.nl}, ${a.language}, 1)`)
  }
  await db.run(sql`INSERT INTO "voiceovers_languages" ("_order", "_parent_id", "id", "language_id", "native")
    SELECT "_order", "_parent_id", "id", "language", "native" FROM "_vocabulary_languages"`)
  await db.run(sql`DROP TABLE "_vocabulary_languages"`)

  const accents = await rowsOf(db, sql`SELECT "order", "parent_id", "text" FROM "_vocabulary_accents"`)
  for (const row of accents) {
    const text = String(row.text)
    const id = accentIdFor(text)
    await db.run(sql`INSERT OR IGNORE INTO "accents" ("id", "name_en", "name_nl", "active")
      VALUES (${id}, ${text}, ${text}, 1)`)
    await db.run(sql`INSERT INTO "voiceovers_rels" ("order", "parent_id", "path", "accents_id")
      VALUES (${row.order as number}, ${row.parent_id as number}, 'accents', ${id})`)
  }
  await db.run(sql`DROP TABLE "_vocabulary_accents"`)

  await db.run(sql`UPDATE "voiceovers" SET "from_rate_cents" = (
    SELECT min(x) FROM (
      SELECT "voiceovers"."rates_commercial" AS x UNION ALL SELECT "voiceovers"."rates_narration"
      UNION ALL SELECT "voiceovers"."rates_e_learning" UNION ALL SELECT "voiceovers"."rates_corporate"
      UNION ALL SELECT "voiceovers"."rates_ivr" UNION ALL SELECT "voiceovers"."rates_animation"
      UNION ALL SELECT "voiceovers"."rates_audiobook" UNION ALL SELECT "voiceovers"."rates_documentary"
    ) WHERE x > 0)`)

  await db.run(sql`CREATE VIRTUAL TABLE "voiceover_search"
    USING fts5("name", "document", tokenize = 'unicode61 remove_diacritics 2')`)
  await db.run(sql`CREATE INDEX "voiceovers_languages_language_parent_idx" ON "voiceovers_languages" ("language_id", "_parent_id")`)
  await db.run(sql`CREATE INDEX "voiceovers_styles_value_parent_idx" ON "voiceovers_styles" ("value", "parent_id")`)
  await db.run(sql`CREATE INDEX "voiceovers_rels_accents_parent_idx" ON "voiceovers_rels" ("accents_id", "parent_id") WHERE "path" = 'accents'`)
  await db.run(sql`CREATE INDEX "voiceovers_created_at_id_idx" ON "voiceovers" ("created_at", "id")`)

  const ids = await rowsOf(db, sql`SELECT "id" FROM "voiceovers"`)
  await refreshVoiceoverSearch({ req, ids: ids.map((r) => Number(r.id)) })
}

/** Keeps the language ids and accent names aside for the old columns. */
export const beforeSchemaDown = async ({ db }: Pick<MigrateDownArgs, 'db'>): Promise<void> => {
  await db.run(sql`DROP TABLE IF EXISTS "voiceover_search"`)
  await db.run(sql`DROP INDEX IF EXISTS "voiceovers_languages_language_parent_idx"`)
  await db.run(sql`DROP INDEX IF EXISTS "voiceovers_styles_value_parent_idx"`)
  await db.run(sql`DROP INDEX IF EXISTS "voiceovers_created_at_id_idx"`)
  await db.run(sql`CREATE TABLE "_vocabulary_languages" AS
    SELECT "_order", "_parent_id", "id", "language_id", "native" FROM "voiceovers_languages"
    WHERE "language_id" IN ('nl', 'nl-BE', 'en', 'de', 'fr', 'es', 'it')`)
  await db.run(sql`CREATE TABLE "_vocabulary_accents" AS
    SELECT r."order", r."parent_id", a."name_en" AS "text" FROM "voiceovers_rels" r
    JOIN "accents" a ON a."id" = r."accents_id" WHERE r."path" = 'accents'`)
  await db.run(sql`DELETE FROM "voiceovers_languages"`)
}

/** Languages outside the original seven are dropped from profiles: the old select can't hold them. */
export const down = async ({ db }: Pick<MigrateDownArgs, 'db'>): Promise<void> => {
  await db.run(sql`INSERT INTO "voiceovers_languages" ("_order", "_parent_id", "id", "language", "native")
    SELECT "_order", "_parent_id", "id", "language_id", "native" FROM "_vocabulary_languages"`)
  await db.run(sql`INSERT INTO "voiceovers_texts" ("order", "parent_id", "path", "text")
    SELECT "order", "parent_id", 'accents', "text" FROM "_vocabulary_accents"`)
  await db.run(sql`DROP TABLE "_vocabulary_languages"`)
  await db.run(sql`DROP TABLE "_vocabulary_accents"`)
}
