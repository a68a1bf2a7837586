import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import * as scaleIndexes from './data/scaleIndexes'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_preview_status" AS ENUM('pending', 'ready', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'makeDemoPreview';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'makeDemoPreview';
  ALTER TABLE "media" ADD COLUMN "preview_status" "enum_media_preview_status";
  ALTER TABLE "media" ADD COLUMN "preview_bitrate" numeric;
  ALTER TABLE "media" ADD COLUMN "preview_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "preview_error" varchar;
  ALTER TABLE "media" ADD COLUMN "preview_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "preview_url" varchar;
  ALTER TABLE "media" ADD COLUMN "preview_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "preview_peaks_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "preview_peaks_url" varchar;
  CREATE INDEX "voiceovers_name_idx" ON "voiceovers" USING btree ("name");
  CREATE INDEX "bookings_status_changed_at_idx" ON "bookings" USING btree ("status_changed_at");
  CREATE INDEX "customer_createdAt_idx" ON "bookings" USING btree ("customer_id","created_at");
  CREATE INDEX "artist_deadline_idx" ON "bookings" USING btree ("artist_id","deadline");
  CREATE INDEX "artist_statusChangedAt_idx" ON "bookings" USING btree ("artist_id","status_changed_at");
  CREATE INDEX "status_deadline_idx" ON "bookings" USING btree ("status","deadline");`)
  // Hand-written: partial and trigram indexes Payload can't declare (issue 14, scale).
  await scaleIndexes.up({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await scaleIndexes.down({ db })
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "voiceovers_name_idx";
  DROP INDEX "bookings_status_changed_at_idx";
  DROP INDEX "customer_createdAt_idx";
  DROP INDEX "artist_deadline_idx";
  DROP INDEX "artist_statusChangedAt_idx";
  DROP INDEX "status_deadline_idx";
  ALTER TABLE "media" DROP COLUMN "preview_status";
  ALTER TABLE "media" DROP COLUMN "preview_bitrate";
  ALTER TABLE "media" DROP COLUMN "preview_filesize";
  ALTER TABLE "media" DROP COLUMN "preview_error";
  ALTER TABLE "media" DROP COLUMN "preview_filename";
  ALTER TABLE "media" DROP COLUMN "preview_url";
  ALTER TABLE "media" DROP COLUMN "preview_mime_type";
  ALTER TABLE "media" DROP COLUMN "preview_peaks_filename";
  ALTER TABLE "media" DROP COLUMN "preview_peaks_url";
  DROP TYPE "public"."enum_media_preview_status";`)
}
