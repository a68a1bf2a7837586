import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import * as publishExistingDeliveries from './data/publishExistingDeliveries'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bookings_delivery_spec_format" AS ENUM('any', 'WAV', 'AIFF', 'FLAC', 'MP3', 'AAC');
  CREATE TYPE "public"."enum_deliverables_qc_problems_key" AS ENUM('format', 'sampleRate', 'bitDepth', 'channels', 'silent', 'tooLoud', 'tooQuiet', 'truePeak', 'clipped', 'leadingSilence', 'trailingSilence', 'unmeasured');
  CREATE TYPE "public"."enum_deliverables_qc_status" AS ENUM('pending', 'passed', 'failed');
  CREATE TYPE "public"."enum_pricing_delivery_specs_project_type" AS ENUM('commercial', 'narration', 'e_learning', 'corporate', 'ivr', 'animation', 'audiobook', 'documentary');
  CREATE TYPE "public"."enum_pricing_delivery_specs_format" AS ENUM('any', 'WAV', 'AIFF', 'FLAC', 'MP3', 'AAC');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'deliverable.published';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'deliverable.released';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'measureDelivery';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'measureDelivery';
  CREATE TABLE "deliverables_qc_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" "enum_deliverables_qc_problems_key" NOT NULL,
  	"values" jsonb
  );
  
  CREATE TABLE "pricing_delivery_specs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"project_type" "enum_pricing_delivery_specs_project_type" NOT NULL,
  	"format" "enum_pricing_delivery_specs_format",
  	"sample_rate_hz" numeric,
  	"bit_depth" numeric,
  	"channels" numeric,
  	"loudness_lufs" numeric,
  	"loudness_tolerance_lu" numeric,
  	"true_peak_ceiling_dbtp" numeric,
  	"max_leading_silence_seconds" numeric,
  	"max_trailing_silence_seconds" numeric
  );
  
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_format" "enum_bookings_delivery_spec_format";
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_sample_rate_hz" numeric;
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_bit_depth" numeric;
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_channels" numeric;
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_loudness_lufs" numeric;
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_loudness_tolerance_lu" numeric;
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_true_peak_ceiling_dbtp" numeric;
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_max_leading_silence_seconds" numeric;
  ALTER TABLE "bookings" ADD COLUMN "delivery_spec_max_trailing_silence_seconds" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_status" "enum_deliverables_qc_status";
  ALTER TABLE "deliverables" ADD COLUMN "qc_measured_at" timestamp(3) with time zone;
  ALTER TABLE "deliverables" ADD COLUMN "qc_published_at" timestamp(3) with time zone;
  ALTER TABLE "deliverables" ADD COLUMN "qc_integrated_lufs" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_loudness_range_lu" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_true_peak_dbtp" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_clipped_samples" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_sample_rate_hz" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_bit_depth" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_channels" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_duration_seconds" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_leading_silence_seconds" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_trailing_silence_seconds" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "qc_error" varchar;
  ALTER TABLE "deliverables" ADD COLUMN "qc_released_at" timestamp(3) with time zone;
  ALTER TABLE "deliverables" ADD COLUMN "qc_released_by_id" integer;
  ALTER TABLE "deliverables" ADD COLUMN "qc_release_note" varchar;
  ALTER TABLE "deliverables_qc_problems" ADD CONSTRAINT "deliverables_qc_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."deliverables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pricing_delivery_specs" ADD CONSTRAINT "pricing_delivery_specs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pricing"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "deliverables_qc_problems_order_idx" ON "deliverables_qc_problems" USING btree ("_order");
  CREATE INDEX "deliverables_qc_problems_parent_id_idx" ON "deliverables_qc_problems" USING btree ("_parent_id");
  CREATE INDEX "pricing_delivery_specs_order_idx" ON "pricing_delivery_specs" USING btree ("_order");
  CREATE INDEX "pricing_delivery_specs_parent_id_idx" ON "pricing_delivery_specs" USING btree ("_parent_id");
  ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_qc_released_by_id_users_id_fk" FOREIGN KEY ("qc_released_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "deliverables_qc_qc_status_idx" ON "deliverables" USING btree ("qc_status");
  CREATE INDEX "deliverables_qc_qc_published_at_idx" ON "deliverables" USING btree ("qc_published_at");
  CREATE INDEX "deliverables_qc_qc_released_by_idx" ON "deliverables" USING btree ("qc_released_by_id");`)
  // Hand-written: deliveries made before the technical check stay shown to their customer.
  await publishExistingDeliveries.up({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliverables_qc_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pricing_delivery_specs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "deliverables_qc_problems" CASCADE;
  DROP TABLE "pricing_delivery_specs" CASCADE;
  ALTER TABLE "deliverables" DROP CONSTRAINT "deliverables_qc_released_by_id_users_id_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.replaced', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued', 'invoice.corrected', 'message.posted', 'account.erased', 'account.email_changed', 'files.purged', 'booking.word_count_confirmed');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest', 'makeDemoPreview', 'sweepLicences');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest', 'makeDemoPreview', 'sweepLicences');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "deliverables_qc_qc_status_idx";
  DROP INDEX "deliverables_qc_qc_published_at_idx";
  DROP INDEX "deliverables_qc_qc_released_by_idx";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_format";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_sample_rate_hz";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_bit_depth";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_channels";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_loudness_lufs";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_loudness_tolerance_lu";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_true_peak_ceiling_dbtp";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_max_leading_silence_seconds";
  ALTER TABLE "bookings" DROP COLUMN "delivery_spec_max_trailing_silence_seconds";
  ALTER TABLE "deliverables" DROP COLUMN "qc_status";
  ALTER TABLE "deliverables" DROP COLUMN "qc_measured_at";
  ALTER TABLE "deliverables" DROP COLUMN "qc_published_at";
  ALTER TABLE "deliverables" DROP COLUMN "qc_integrated_lufs";
  ALTER TABLE "deliverables" DROP COLUMN "qc_loudness_range_lu";
  ALTER TABLE "deliverables" DROP COLUMN "qc_true_peak_dbtp";
  ALTER TABLE "deliverables" DROP COLUMN "qc_clipped_samples";
  ALTER TABLE "deliverables" DROP COLUMN "qc_sample_rate_hz";
  ALTER TABLE "deliverables" DROP COLUMN "qc_bit_depth";
  ALTER TABLE "deliverables" DROP COLUMN "qc_channels";
  ALTER TABLE "deliverables" DROP COLUMN "qc_duration_seconds";
  ALTER TABLE "deliverables" DROP COLUMN "qc_leading_silence_seconds";
  ALTER TABLE "deliverables" DROP COLUMN "qc_trailing_silence_seconds";
  ALTER TABLE "deliverables" DROP COLUMN "qc_error";
  ALTER TABLE "deliverables" DROP COLUMN "qc_released_at";
  ALTER TABLE "deliverables" DROP COLUMN "qc_released_by_id";
  ALTER TABLE "deliverables" DROP COLUMN "qc_release_note";
  DROP TYPE "public"."enum_bookings_delivery_spec_format";
  DROP TYPE "public"."enum_deliverables_qc_problems_key";
  DROP TYPE "public"."enum_deliverables_qc_status";
  DROP TYPE "public"."enum_pricing_delivery_specs_project_type";
  DROP TYPE "public"."enum_pricing_delivery_specs_format";`)
}
