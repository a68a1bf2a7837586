import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'customer', 'voiceover');
  CREATE TYPE "public"."enum_users_locale" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_users_billing_customer_type" AS ENUM('business', 'consumer');
  CREATE TYPE "public"."enum_voiceovers_demos_category" AS ENUM('commercial', 'narration', 'e_learning', 'character', 'corporate', 'ivr');
  CREATE TYPE "public"."enum_voiceovers_languages_language" AS ENUM('nl', 'nl-BE', 'en', 'de', 'fr', 'es', 'it');
  CREATE TYPE "public"."enum_voiceovers_styles" AS ENUM('warm', 'energetic', 'authoritative', 'friendly', 'conversational', 'deep', 'playful', 'calm', 'corporate', 'storyteller');
  CREATE TYPE "public"."enum_voiceovers_gender" AS ENUM('female', 'male', 'non_binary');
  CREATE TYPE "public"."enum_voiceovers_age_range" AS ENUM('child', 'young_adult', 'adult', 'mature');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'customer' NOT NULL,
  	"locale" "enum_users_locale" DEFAULT 'nl',
  	"billing_company" varchar,
  	"billing_customer_type" "enum_users_billing_customer_type" DEFAULT 'business',
  	"billing_vat_id" varchar,
  	"billing_address" varchar,
  	"billing_country" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_profile_url" varchar,
  	"sizes_profile_width" numeric,
  	"sizes_profile_height" numeric,
  	"sizes_profile_mime_type" varchar,
  	"sizes_profile_filesize" numeric,
  	"sizes_profile_filename" varchar
  );
  
  CREATE TABLE "voiceovers_demos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"category" "enum_voiceovers_demos_category" NOT NULL,
  	"audio_id" integer NOT NULL
  );
  
  CREATE TABLE "voiceovers_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_voiceovers_languages_language" NOT NULL,
  	"native" boolean DEFAULT false
  );
  
  CREATE TABLE "voiceovers_styles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_voiceovers_styles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "voiceovers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"user_id" integer,
  	"active" boolean DEFAULT true NOT NULL,
  	"tagline" varchar,
  	"bio" varchar,
  	"photo_id" integer,
  	"gender" "enum_voiceovers_gender",
  	"age_range" "enum_voiceovers_age_range",
  	"rates_commercial" numeric,
  	"rates_narration" numeric,
  	"rates_e_learning" numeric,
  	"rates_corporate" numeric,
  	"rates_ivr" numeric,
  	"rates_animation" numeric,
  	"rates_audiobook" numeric,
  	"rates_documentary" numeric,
  	"turnaround_days" numeric DEFAULT 3,
  	"rush_available" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "voiceovers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"voiceovers_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "voiceovers_demos" ADD CONSTRAINT "voiceovers_demos_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voiceovers_demos" ADD CONSTRAINT "voiceovers_demos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."voiceovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "voiceovers_languages" ADD CONSTRAINT "voiceovers_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."voiceovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "voiceovers_styles" ADD CONSTRAINT "voiceovers_styles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."voiceovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "voiceovers" ADD CONSTRAINT "voiceovers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voiceovers" ADD CONSTRAINT "voiceovers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voiceovers_texts" ADD CONSTRAINT "voiceovers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."voiceovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_voiceovers_fk" FOREIGN KEY ("voiceovers_id") REFERENCES "public"."voiceovers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_profile_sizes_profile_filename_idx" ON "media" USING btree ("sizes_profile_filename");
  CREATE INDEX "voiceovers_demos_order_idx" ON "voiceovers_demos" USING btree ("_order");
  CREATE INDEX "voiceovers_demos_parent_id_idx" ON "voiceovers_demos" USING btree ("_parent_id");
  CREATE INDEX "voiceovers_demos_audio_idx" ON "voiceovers_demos" USING btree ("audio_id");
  CREATE INDEX "voiceovers_languages_order_idx" ON "voiceovers_languages" USING btree ("_order");
  CREATE INDEX "voiceovers_languages_parent_id_idx" ON "voiceovers_languages" USING btree ("_parent_id");
  CREATE INDEX "voiceovers_styles_order_idx" ON "voiceovers_styles" USING btree ("order");
  CREATE INDEX "voiceovers_styles_parent_idx" ON "voiceovers_styles" USING btree ("parent_id");
  CREATE UNIQUE INDEX "voiceovers_slug_idx" ON "voiceovers" USING btree ("slug");
  CREATE UNIQUE INDEX "voiceovers_user_idx" ON "voiceovers" USING btree ("user_id");
  CREATE INDEX "voiceovers_active_idx" ON "voiceovers" USING btree ("active");
  CREATE INDEX "voiceovers_photo_idx" ON "voiceovers" USING btree ("photo_id");
  CREATE INDEX "voiceovers_gender_idx" ON "voiceovers" USING btree ("gender");
  CREATE INDEX "voiceovers_age_range_idx" ON "voiceovers" USING btree ("age_range");
  CREATE INDEX "voiceovers_updated_at_idx" ON "voiceovers" USING btree ("updated_at");
  CREATE INDEX "voiceovers_created_at_idx" ON "voiceovers" USING btree ("created_at");
  CREATE INDEX "voiceovers_texts_order_parent" ON "voiceovers_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_voiceovers_id_idx" ON "payload_locked_documents_rels" USING btree ("voiceovers_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "voiceovers_demos" CASCADE;
  DROP TABLE "voiceovers_languages" CASCADE;
  DROP TABLE "voiceovers_styles" CASCADE;
  DROP TABLE "voiceovers" CASCADE;
  DROP TABLE "voiceovers_texts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_users_locale";
  DROP TYPE "public"."enum_users_billing_customer_type";
  DROP TYPE "public"."enum_voiceovers_demos_category";
  DROP TYPE "public"."enum_voiceovers_languages_language";
  DROP TYPE "public"."enum_voiceovers_styles";
  DROP TYPE "public"."enum_voiceovers_gender";
  DROP TYPE "public"."enum_voiceovers_age_range";`)
}
