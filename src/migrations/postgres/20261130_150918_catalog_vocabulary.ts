import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import * as catalogVocabulary from './data/catalogVocabulary'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await catalogVocabulary.beforeSchemaUp({ db })
  await db.execute(sql`
   CREATE TABLE "voiceovers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accents_id" varchar
  );
  
  CREATE TABLE "languages" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name_en" varchar NOT NULL,
  	"name_nl" varchar NOT NULL,
  	"active" boolean DEFAULT true NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "accents" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name_en" varchar NOT NULL,
  	"name_nl" varchar NOT NULL,
  	"language_id" varchar,
  	"active" boolean DEFAULT true NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "voiceovers_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "voiceovers_texts" CASCADE;
  ALTER TABLE "voiceovers_languages" ADD COLUMN "language_id" varchar NOT NULL;
  ALTER TABLE "voiceovers" ADD COLUMN "catalog_rank" numeric DEFAULT 100;
  ALTER TABLE "voiceovers" ADD COLUMN "from_rate_cents" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "languages_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "accents_id" varchar;
  ALTER TABLE "voiceovers_rels" ADD CONSTRAINT "voiceovers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."voiceovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "voiceovers_rels" ADD CONSTRAINT "voiceovers_rels_accents_fk" FOREIGN KEY ("accents_id") REFERENCES "public"."accents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accents" ADD CONSTRAINT "accents_language_id_languages_id_fk" FOREIGN KEY ("language_id") REFERENCES "public"."languages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "voiceovers_rels_order_idx" ON "voiceovers_rels" USING btree ("order");
  CREATE INDEX "voiceovers_rels_parent_idx" ON "voiceovers_rels" USING btree ("parent_id");
  CREATE INDEX "voiceovers_rels_path_idx" ON "voiceovers_rels" USING btree ("path");
  CREATE INDEX "voiceovers_rels_accents_id_idx" ON "voiceovers_rels" USING btree ("accents_id");
  CREATE INDEX "languages_active_idx" ON "languages" USING btree ("active");
  CREATE INDEX "languages_updated_at_idx" ON "languages" USING btree ("updated_at");
  CREATE INDEX "languages_created_at_idx" ON "languages" USING btree ("created_at");
  CREATE INDEX "accents_language_idx" ON "accents" USING btree ("language_id");
  CREATE INDEX "accents_active_idx" ON "accents" USING btree ("active");
  CREATE INDEX "accents_updated_at_idx" ON "accents" USING btree ("updated_at");
  CREATE INDEX "accents_created_at_idx" ON "accents" USING btree ("created_at");
  ALTER TABLE "voiceovers_languages" ADD CONSTRAINT "voiceovers_languages_language_id_languages_id_fk" FOREIGN KEY ("language_id") REFERENCES "public"."languages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_languages_fk" FOREIGN KEY ("languages_id") REFERENCES "public"."languages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accents_fk" FOREIGN KEY ("accents_id") REFERENCES "public"."accents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "voiceovers_languages_language_idx" ON "voiceovers_languages" USING btree ("language_id");
  CREATE INDEX "voiceovers_rates_rates_commercial_idx" ON "voiceovers" USING btree ("rates_commercial");
  CREATE INDEX "voiceovers_rates_rates_narration_idx" ON "voiceovers" USING btree ("rates_narration");
  CREATE INDEX "voiceovers_rates_rates_e_learning_idx" ON "voiceovers" USING btree ("rates_e_learning");
  CREATE INDEX "voiceovers_rates_rates_corporate_idx" ON "voiceovers" USING btree ("rates_corporate");
  CREATE INDEX "voiceovers_rates_rates_ivr_idx" ON "voiceovers" USING btree ("rates_ivr");
  CREATE INDEX "voiceovers_rates_rates_animation_idx" ON "voiceovers" USING btree ("rates_animation");
  CREATE INDEX "voiceovers_rates_rates_audiobook_idx" ON "voiceovers" USING btree ("rates_audiobook");
  CREATE INDEX "voiceovers_rates_rates_documentary_idx" ON "voiceovers" USING btree ("rates_documentary");
  CREATE INDEX "voiceovers_rush_available_idx" ON "voiceovers" USING btree ("rush_available");
  CREATE INDEX "catalogRank_name_idx" ON "voiceovers" USING btree ("catalog_rank","name");
  CREATE INDEX "fromRateCents_name_idx" ON "voiceovers" USING btree ("from_rate_cents","name");
  CREATE INDEX "turnaroundDays_name_idx" ON "voiceovers" USING btree ("turnaround_days","name");
  CREATE INDEX "payload_locked_documents_rels_languages_id_idx" ON "payload_locked_documents_rels" USING btree ("languages_id");
  CREATE INDEX "payload_locked_documents_rels_accents_id_idx" ON "payload_locked_documents_rels" USING btree ("accents_id");
  ALTER TABLE "voiceovers_languages" DROP COLUMN "language";
  DROP TYPE "public"."enum_voiceovers_languages_language";`)
  await catalogVocabulary.up({ db, payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await catalogVocabulary.beforeSchemaDown({ db })
  await db.execute(sql`
   CREATE TYPE "public"."enum_voiceovers_languages_language" AS ENUM('nl', 'nl-BE', 'en', 'de', 'fr', 'es', 'it');
  CREATE TABLE "voiceovers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "voiceovers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "accents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "voiceovers_rels" CASCADE;
  DROP TABLE "languages" CASCADE;
  DROP TABLE "accents" CASCADE;
  ALTER TABLE "voiceovers_languages" DROP CONSTRAINT "voiceovers_languages_language_id_languages_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_languages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_accents_fk";
  
  DROP INDEX "voiceovers_languages_language_idx";
  DROP INDEX "voiceovers_rates_rates_commercial_idx";
  DROP INDEX "voiceovers_rates_rates_narration_idx";
  DROP INDEX "voiceovers_rates_rates_e_learning_idx";
  DROP INDEX "voiceovers_rates_rates_corporate_idx";
  DROP INDEX "voiceovers_rates_rates_ivr_idx";
  DROP INDEX "voiceovers_rates_rates_animation_idx";
  DROP INDEX "voiceovers_rates_rates_audiobook_idx";
  DROP INDEX "voiceovers_rates_rates_documentary_idx";
  DROP INDEX "voiceovers_rush_available_idx";
  DROP INDEX "catalogRank_name_idx";
  DROP INDEX "fromRateCents_name_idx";
  DROP INDEX "turnaroundDays_name_idx";
  DROP INDEX "payload_locked_documents_rels_languages_id_idx";
  DROP INDEX "payload_locked_documents_rels_accents_id_idx";
  ALTER TABLE "voiceovers_languages" ADD COLUMN "language" "enum_voiceovers_languages_language" NOT NULL;
  ALTER TABLE "voiceovers_texts" ADD CONSTRAINT "voiceovers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."voiceovers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "voiceovers_texts_order_parent" ON "voiceovers_texts" USING btree ("order","parent_id");
  ALTER TABLE "voiceovers_languages" DROP COLUMN "language_id";
  ALTER TABLE "voiceovers" DROP COLUMN "catalog_rank";
  ALTER TABLE "voiceovers" DROP COLUMN "from_rate_cents";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "languages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "accents_id";`)
  await catalogVocabulary.down({ db })
}
