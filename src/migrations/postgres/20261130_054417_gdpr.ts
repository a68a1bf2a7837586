import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'account.erased';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'files.purged';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeExpiredFiles';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeExpiredFiles';
  CREATE TABLE "privacy" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"private_file_retention_days" numeric DEFAULT 90 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "scripts" ADD COLUMN "purged_at" timestamp(3) with time zone;
  ALTER TABLE "deliverables" ADD COLUMN "purged_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  CREATE INDEX "users_anonymised_at_idx" ON "users" USING btree ("anonymised_at");
  CREATE INDEX "scripts_purged_at_idx" ON "scripts" USING btree ("purged_at");
  CREATE INDEX "deliverables_purged_at_idx" ON "deliverables" USING btree ("purged_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "privacy" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "privacy" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_anonymised_at_idx";
  DROP INDEX "scripts_purged_at_idx";
  DROP INDEX "deliverables_purged_at_idx";
  ALTER TABLE "users" DROP COLUMN "anonymised_at";
  ALTER TABLE "scripts" DROP COLUMN "purged_at";
  ALTER TABLE "deliverables" DROP COLUMN "purged_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
