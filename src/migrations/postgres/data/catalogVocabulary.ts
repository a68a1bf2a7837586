import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

import { projectTypes } from '@/domain/catalog'
import { accentIdFor, vocabularyAccents, vocabularyLanguages } from '@/domain/vocabulary'
import { refreshVoiceoverSearch } from '@/search/voiceoverSearch'

/**
 * Hand-written data steps of the catalog vocabulary migration (PostgreSQL), kept apart so they
 * survive regenerating the schema migration. Call order in the migration's `up`:
 * `beforeSchemaUp` → generated schema SQL → `up`; in `down`: `beforeSchemaDown` → generated → `down`.
 *
 * - Languages: the codes stored in `voiceovers_languages.language` become rows of `languages`
 *   (the same ids), referenced by `language_id`.
 * - Accents: the free text in `voiceovers_texts` becomes rows of `accents` (vocabulary aliases,
 *   else a new accent named after the text), referenced through `voiceovers_rels`.
 * - `from_rate_cents` is filled from the rates; the search table (document + generated tsvector,
 *   GIN full-text and trigram indexes) is created and filled; the catalog's extra indexes.
 */

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>

const rowsOf = async (db: Db, query: ReturnType<typeof sql>): Promise<Row[]> =>
  (await db.execute(query)).rows as Row[]

/** Keeps the old values aside: the schema step adds NOT NULL `language_id` and drops the texts. */
export const beforeSchemaUp = async ({ db }: Pick<MigrateUpArgs, 'db'>): Promise<void> => {
  await db.execute(sql`
    CREATE TABLE "_vocabulary_languages" AS
      SELECT "_order", "_parent_id", "id", "language"::text AS "language", "native" FROM "voiceovers_languages";
    CREATE TABLE "_vocabulary_accents" AS
      SELECT "order", "parent_id", "text" FROM "voiceovers_texts" WHERE "path" = 'accents' AND "text" IS NOT NULL;
    DELETE FROM "voiceovers_languages";`)
}

export const up = async ({ db, req }: MigrateUpArgs): Promise<void> => {
  for (const l of vocabularyLanguages) {
    await db.execute(sql`INSERT INTO "languages" ("id", "name_en", "name_nl", "active")
      VALUES (${l.id}, ${l.en}, ${l.nl}, true) ON CONFLICT ("id") DO NOTHING`)
  }
  for (const a of vocabularyAccents) {
    await db.execute(sql`INSERT INTO "accents" ("id", "name_en", "name_nl", "language_id", "active")
      VALUES (${a.id}, ${a.en}, ${a.nl}, ${a.language}, true) ON CONFLICT ("id") DO NOTHING`)
  }
  await db.execute(sql`
    INSERT INTO "voiceovers_languages" ("_order", "_parent_id", "id", "language_id", "native")
      SELECT "_order", "_parent_id", "id", "language", "native" FROM "_vocabulary_languages";
    DROP TABLE "_vocabulary_languages";`)

  const accents = await rowsOf(db, sql`SELECT "order", "parent_id", "text" FROM "_vocabulary_accents"`)
  for (const row of accents) {
    const text = String(row.text)
    const id = accentIdFor(text)
    await db.execute(sql`INSERT INTO "accents" ("id", "name_en", "name_nl", "active")
      VALUES (${id}, ${text}, ${text}, true) ON CONFLICT ("id") DO NOTHING`)
    await db.execute(sql`INSERT INTO "voiceovers_rels" ("order", "parent_id", "path", "accents_id")
      VALUES (${row.order}, ${row.parent_id}, 'accents', ${id})`)
  }
  await db.execute(sql`DROP TABLE "_vocabulary_accents"`)

  await db.execute(sql`
    UPDATE "voiceovers" v SET "from_rate_cents" = (
      SELECT min(x) FROM (VALUES (v.rates_commercial), (v.rates_narration), (v.rates_e_learning),
        (v.rates_corporate), (v.rates_ivr), (v.rates_animation), (v.rates_audiobook),
        (v.rates_documentary)) AS r(x) WHERE x > 0);

    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE TABLE "voiceover_search" (
      "voiceover_id" integer PRIMARY KEY REFERENCES "voiceovers"("id") ON DELETE CASCADE,
      "name" text NOT NULL,
      "document" text NOT NULL,
      -- The name weighs most (A); the rest is read with the Dutch and the English dictionary.
      "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', "name") || to_tsvector('english', "name"), 'A') ||
        to_tsvector('dutch', "document") || to_tsvector('english', "document")) STORED
    );
    CREATE INDEX "voiceover_search_tsv_idx" ON "voiceover_search" USING gin ("tsv");
    -- Typos are matched in names only: trigram matching of whole biographies costs too much.
    CREATE INDEX "voiceover_search_trgm_idx" ON "voiceover_search" USING gin ("name" gin_trgm_ops);

    CREATE INDEX "voiceovers_languages_language_parent_idx" ON "voiceovers_languages" ("language_id", "_parent_id");
    CREATE INDEX "voiceovers_styles_value_parent_idx" ON "voiceovers_styles" ("value", "parent_id");
    CREATE INDEX "voiceovers_rels_accents_parent_idx" ON "voiceovers_rels" ("accents_id", "parent_id") WHERE "path" = 'accents';
    CREATE INDEX "voiceovers_created_at_id_idx" ON "voiceovers" ("created_at", "id");
    -- Counting matches of a join-table filter (language, accent, style) or a project type reads
    -- these small partial indexes only (index-only scans), never the voiceovers table.
    CREATE INDEX "voiceovers_active_id_idx" ON "voiceovers" ("id") WHERE "active";`)
  for (const type of projectTypes) {
    await db.execute(
      sql.raw(
        `CREATE INDEX "voiceovers_active_rates_${type.value}_idx" ON "voiceovers" ("rates_${type.value}", "name", "id") WHERE "active"`,
      ),
    )
  }

  const ids = await rowsOf(db, sql`SELECT "id" FROM "voiceovers"`)
  await refreshVoiceoverSearch({ req, ids: ids.map((r) => Number(r.id)) })
}

/** Keeps the language ids aside: the schema step re-adds a NOT NULL enum `language` column. */
export const beforeSchemaDown = async ({ db }: Pick<MigrateDownArgs, 'db'>): Promise<void> => {
  for (const type of projectTypes) {
    await db.execute(sql.raw(`DROP INDEX IF EXISTS "voiceovers_active_rates_${type.value}_idx"`))
  }
  await db.execute(sql`
    DROP TABLE IF EXISTS "voiceover_search";
    DROP INDEX IF EXISTS "voiceovers_languages_language_parent_idx";
    DROP INDEX IF EXISTS "voiceovers_styles_value_parent_idx";
    DROP INDEX IF EXISTS "voiceovers_created_at_id_idx";
    DROP INDEX IF EXISTS "voiceovers_active_id_idx";
    CREATE TABLE "_vocabulary_languages" AS
      SELECT "_order", "_parent_id", "id", "language_id", "native" FROM "voiceovers_languages"
      WHERE "language_id" IN ('nl', 'nl-BE', 'en', 'de', 'fr', 'es', 'it');
    CREATE TABLE "_vocabulary_accents" AS
      SELECT r."order", r."parent_id", a."name_en" AS "text" FROM "voiceovers_rels" r
      JOIN "accents" a ON a."id" = r."accents_id" WHERE r."path" = 'accents';
    DELETE FROM "voiceovers_languages";`)
}

/** Languages outside the original seven are dropped from profiles: the old enum can't hold them. */
export const down = async ({ db }: Pick<MigrateDownArgs, 'db'>): Promise<void> => {
  await db.execute(sql`
    INSERT INTO "voiceovers_languages" ("_order", "_parent_id", "id", "language", "native")
      SELECT "_order", "_parent_id", "id", "language_id"::"enum_voiceovers_languages_language", "native"
      FROM "_vocabulary_languages";
    INSERT INTO "voiceovers_texts" ("order", "parent_id", "path", "text")
      SELECT "order", "parent_id", 'accents', "text" FROM "_vocabulary_accents";
    DROP TABLE "_vocabulary_languages";
    DROP TABLE "_vocabulary_accents";`)
}
