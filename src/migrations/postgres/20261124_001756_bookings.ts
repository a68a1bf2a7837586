import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bookings_project_type" AS ENUM('commercial', 'narration', 'e_learning', 'corporate', 'ivr', 'animation', 'audiobook', 'documentary');
  CREATE TYPE "public"."enum_bookings_status" AS ENUM('pending_script', 'script_received', 'in_production', 'review', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_bookings_usage_media" AS ENUM('online', 'radio', 'tv', 'cinema', 'internal');
  CREATE TYPE "public"."enum_bookings_usage_region" AS ENUM('local', 'regional', 'national', 'worldwide');
  CREATE TYPE "public"."enum_bookings_usage_term" AS ENUM('3_months', '6_months', '12_months', 'perpetual');
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued');
  CREATE TYPE "public"."enum_audit_events_actor_type" AS ENUM('user', 'system');
  CREATE TYPE "public"."enum_audit_events_from_status" AS ENUM('pending_script', 'script_received', 'in_production', 'review', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_audit_events_to_status" AS ENUM('pending_script', 'script_received', 'in_production', 'review', 'completed', 'cancelled');
  CREATE TABLE "bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_title" varchar NOT NULL,
  	"voiceover_id" integer NOT NULL,
  	"project_type" "enum_bookings_project_type" NOT NULL,
  	"status" "enum_bookings_status" DEFAULT 'pending_script' NOT NULL,
  	"direction_notes" varchar,
  	"usage_media" "enum_bookings_usage_media" DEFAULT 'online',
  	"usage_region" "enum_bookings_usage_region" DEFAULT 'national',
  	"usage_term" "enum_bookings_usage_term" DEFAULT '12_months',
  	"word_count" numeric,
  	"rush_order" boolean DEFAULT false,
  	"deadline" timestamp(3) with time zone,
  	"quoted_price" numeric,
  	"final_price" numeric,
  	"quote_breakdown" jsonb,
  	"cancellation_reason" varchar,
  	"customer_id" integer,
  	"artist_id" integer,
  	"status_changed_at" timestamp(3) with time zone,
  	"idempotency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scripts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"customer_id" integer,
  	"artist_id" integer,
  	"uploaded_by_id" integer,
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
  	"focal_y" numeric
  );
  
  CREATE TABLE "audit_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_events_action" NOT NULL,
  	"booking_id" integer,
  	"actor_type" "enum_audit_events_actor_type" DEFAULT 'user' NOT NULL,
  	"actor_id" integer,
  	"from_status" "enum_audit_events_from_status",
  	"to_status" "enum_audit_events_to_status",
  	"details" jsonb,
  	"ip" varchar,
  	"customer_id" integer,
  	"artist_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pricing" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"included_words" numeric DEFAULT 250 NOT NULL,
  	"extra_words_per100_cents" numeric DEFAULT 2500 NOT NULL,
  	"rush_surcharge_percent" numeric DEFAULT 50 NOT NULL,
  	"usage_media_online" numeric DEFAULT 50 NOT NULL,
  	"usage_media_radio" numeric DEFAULT 75 NOT NULL,
  	"usage_media_tv" numeric DEFAULT 150 NOT NULL,
  	"usage_media_cinema" numeric DEFAULT 200 NOT NULL,
  	"usage_media_internal" numeric DEFAULT 0 NOT NULL,
  	"usage_region_local" numeric DEFAULT 50 NOT NULL,
  	"usage_region_regional" numeric DEFAULT 75 NOT NULL,
  	"usage_region_national" numeric DEFAULT 100 NOT NULL,
  	"usage_region_worldwide" numeric DEFAULT 200 NOT NULL,
  	"usage_term_months3" numeric DEFAULT 50 NOT NULL,
  	"usage_term_months6" numeric DEFAULT 75 NOT NULL,
  	"usage_term_months12" numeric DEFAULT 100 NOT NULL,
  	"usage_term_perpetual" numeric DEFAULT 250 NOT NULL,
  	"free_revision_rounds" numeric DEFAULT 2 NOT NULL,
  	"auto_approve_days" numeric DEFAULT 7 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bookings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scripts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_events_id" integer;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_voiceover_id_voiceovers_id_fk" FOREIGN KEY ("voiceover_id") REFERENCES "public"."voiceovers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scripts" ADD CONSTRAINT "scripts_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scripts" ADD CONSTRAINT "scripts_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scripts" ADD CONSTRAINT "scripts_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scripts" ADD CONSTRAINT "scripts_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "bookings_voiceover_idx" ON "bookings" USING btree ("voiceover_id");
  CREATE INDEX "bookings_status_idx" ON "bookings" USING btree ("status");
  CREATE INDEX "bookings_deadline_idx" ON "bookings" USING btree ("deadline");
  CREATE INDEX "bookings_customer_idx" ON "bookings" USING btree ("customer_id");
  CREATE INDEX "bookings_artist_idx" ON "bookings" USING btree ("artist_id");
  CREATE UNIQUE INDEX "bookings_idempotency_key_idx" ON "bookings" USING btree ("idempotency_key");
  CREATE INDEX "bookings_updated_at_idx" ON "bookings" USING btree ("updated_at");
  CREATE INDEX "bookings_created_at_idx" ON "bookings" USING btree ("created_at");
  CREATE UNIQUE INDEX "scripts_booking_idx" ON "scripts" USING btree ("booking_id");
  CREATE INDEX "scripts_customer_idx" ON "scripts" USING btree ("customer_id");
  CREATE INDEX "scripts_artist_idx" ON "scripts" USING btree ("artist_id");
  CREATE INDEX "scripts_uploaded_by_idx" ON "scripts" USING btree ("uploaded_by_id");
  CREATE INDEX "scripts_updated_at_idx" ON "scripts" USING btree ("updated_at");
  CREATE INDEX "scripts_created_at_idx" ON "scripts" USING btree ("created_at");
  CREATE UNIQUE INDEX "scripts_filename_idx" ON "scripts" USING btree ("filename");
  CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");
  CREATE INDEX "audit_events_booking_idx" ON "audit_events" USING btree ("booking_id");
  CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id");
  CREATE INDEX "audit_events_customer_idx" ON "audit_events" USING btree ("customer_id");
  CREATE INDEX "audit_events_artist_idx" ON "audit_events" USING btree ("artist_id");
  CREATE INDEX "audit_events_updated_at_idx" ON "audit_events" USING btree ("updated_at");
  CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookings_fk" FOREIGN KEY ("bookings_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scripts_fk" FOREIGN KEY ("scripts_id") REFERENCES "public"."scripts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("bookings_id");
  CREATE INDEX "payload_locked_documents_rels_scripts_id_idx" ON "payload_locked_documents_rels" USING btree ("scripts_id");
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "bookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scripts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pricing" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bookings" CASCADE;
  DROP TABLE "scripts" CASCADE;
  DROP TABLE "audit_events" CASCADE;
  DROP TABLE "pricing" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bookings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scripts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_bookings_id_idx";
  DROP INDEX "payload_locked_documents_rels_scripts_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bookings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scripts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_events_id";
  DROP TYPE "public"."enum_bookings_project_type";
  DROP TYPE "public"."enum_bookings_status";
  DROP TYPE "public"."enum_bookings_usage_media";
  DROP TYPE "public"."enum_bookings_usage_region";
  DROP TYPE "public"."enum_bookings_usage_term";
  DROP TYPE "public"."enum_audit_events_action";
  DROP TYPE "public"."enum_audit_events_actor_type";
  DROP TYPE "public"."enum_audit_events_from_status";
  DROP TYPE "public"."enum_audit_events_to_status";`)
}
