import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bookings_kind" AS ENUM('recording', 'renewal');
  CREATE TYPE "public"."enum_scripts_language" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_licences_media" AS ENUM('online', 'radio', 'tv', 'cinema', 'internal');
  CREATE TYPE "public"."enum_licences_region" AS ENUM('local', 'regional', 'national', 'worldwide');
  CREATE TYPE "public"."enum_licences_term" AS ENUM('3_months', '6_months', '12_months', 'perpetual');
  CREATE TYPE "public"."enum_licences_status" AS ENUM('active', 'expired', 'renewed');
  CREATE TYPE "public"."enum_licences_terms_language" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_licences_terms_ai_voice_cloning" AS ENUM('prohibited', 'permitted');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'booking.word_count_confirmed';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sweepLicences';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sweepLicences';
  CREATE TABLE "licences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"booking_id" integer NOT NULL,
  	"customer_id" integer,
  	"artist_id" integer,
  	"voiceover_id" integer,
  	"media" "enum_licences_media",
  	"region" "enum_licences_region",
  	"term" "enum_licences_term" NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"status" "enum_licences_status" DEFAULT 'active' NOT NULL,
  	"usage_fee_cents" numeric,
  	"terms_version" varchar,
  	"terms_language" "enum_licences_terms_language",
  	"terms_accepted_at" timestamp(3) with time zone,
  	"terms_ai_voice_cloning" "enum_licences_terms_ai_voice_cloning" DEFAULT 'prohibited' NOT NULL,
  	"renews_id" integer,
  	"renewed_by_id" integer,
  	"reminders_days30" timestamp(3) with time zone,
  	"reminders_days7" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "bookings" ADD COLUMN "kind" "enum_bookings_kind" DEFAULT 'recording';
  ALTER TABLE "bookings" ADD COLUMN "renewal_of_id" integer;
  ALTER TABLE "bookings" ADD COLUMN "target_seconds" numeric;
  ALTER TABLE "scripts" ADD COLUMN "language" "enum_scripts_language";
  ALTER TABLE "scripts" ADD COLUMN "word_count" numeric;
  ALTER TABLE "scripts" ADD COLUMN "estimated_seconds" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "licences_id" integer;
  ALTER TABLE "pricing" ADD COLUMN "renewal_percent" numeric DEFAULT 100 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_commercial" numeric DEFAULT 160 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_narration" numeric DEFAULT 150 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_e_learning" numeric DEFAULT 140 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_corporate" numeric DEFAULT 150 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_ivr" numeric DEFAULT 140 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_animation" numeric DEFAULT 160 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_audiobook" numeric DEFAULT 150 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "speaking_rates_documentary" numeric DEFAULT 140 NOT NULL;
  ALTER TABLE "licences" ADD CONSTRAINT "licences_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "licences" ADD CONSTRAINT "licences_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "licences" ADD CONSTRAINT "licences_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "licences" ADD CONSTRAINT "licences_voiceover_id_voiceovers_id_fk" FOREIGN KEY ("voiceover_id") REFERENCES "public"."voiceovers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "licences" ADD CONSTRAINT "licences_renews_id_licences_id_fk" FOREIGN KEY ("renews_id") REFERENCES "public"."licences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "licences" ADD CONSTRAINT "licences_renewed_by_id_licences_id_fk" FOREIGN KEY ("renewed_by_id") REFERENCES "public"."licences"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "licences_booking_idx" ON "licences" USING btree ("booking_id");
  CREATE INDEX "licences_customer_idx" ON "licences" USING btree ("customer_id");
  CREATE INDEX "licences_artist_idx" ON "licences" USING btree ("artist_id");
  CREATE INDEX "licences_voiceover_idx" ON "licences" USING btree ("voiceover_id");
  CREATE INDEX "licences_ends_at_idx" ON "licences" USING btree ("ends_at");
  CREATE INDEX "licences_status_idx" ON "licences" USING btree ("status");
  CREATE INDEX "licences_renews_idx" ON "licences" USING btree ("renews_id");
  CREATE INDEX "licences_renewed_by_idx" ON "licences" USING btree ("renewed_by_id");
  CREATE INDEX "licences_updated_at_idx" ON "licences" USING btree ("updated_at");
  CREATE INDEX "licences_created_at_idx" ON "licences" USING btree ("created_at");
  CREATE INDEX "status_endsAt_idx" ON "licences" USING btree ("status","ends_at");
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_renewal_of_id_licences_id_fk" FOREIGN KEY ("renewal_of_id") REFERENCES "public"."licences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_licences_fk" FOREIGN KEY ("licences_id") REFERENCES "public"."licences"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "bookings_renewal_of_idx" ON "bookings" USING btree ("renewal_of_id");
  CREATE INDEX "payload_locked_documents_rels_licences_id_idx" ON "payload_locked_documents_rels" USING btree ("licences_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "licences" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "licences" CASCADE;
  ALTER TABLE "bookings" DROP CONSTRAINT "bookings_renewal_of_id_licences_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_licences_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.replaced', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued', 'invoice.corrected', 'message.posted', 'account.erased', 'account.email_changed', 'files.purged');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest', 'makeDemoPreview');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest', 'makeDemoPreview');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "bookings_renewal_of_idx";
  DROP INDEX "payload_locked_documents_rels_licences_id_idx";
  ALTER TABLE "bookings" DROP COLUMN "kind";
  ALTER TABLE "bookings" DROP COLUMN "renewal_of_id";
  ALTER TABLE "bookings" DROP COLUMN "target_seconds";
  ALTER TABLE "scripts" DROP COLUMN "language";
  ALTER TABLE "scripts" DROP COLUMN "word_count";
  ALTER TABLE "scripts" DROP COLUMN "estimated_seconds";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "licences_id";
  ALTER TABLE "pricing" DROP COLUMN "renewal_percent";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_commercial";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_narration";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_e_learning";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_corporate";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_ivr";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_animation";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_audiobook";
  ALTER TABLE "pricing" DROP COLUMN "speaking_rates_documentary";
  DROP TYPE "public"."enum_bookings_kind";
  DROP TYPE "public"."enum_scripts_language";
  DROP TYPE "public"."enum_licences_media";
  DROP TYPE "public"."enum_licences_region";
  DROP TYPE "public"."enum_licences_term";
  DROP TYPE "public"."enum_licences_status";
  DROP TYPE "public"."enum_licences_terms_language";
  DROP TYPE "public"."enum_licences_terms_ai_voice_cloning";`)
}
