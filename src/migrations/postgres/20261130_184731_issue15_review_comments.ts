import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliverables_waveform_status" AS ENUM('pending', 'ready', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'computeDeliveryPeaks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'computeDeliveryPeaks';
  CREATE TABLE "review_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"deliverable_id" integer NOT NULL,
  	"booking_id" integer,
  	"version" numeric,
  	"start_seconds" numeric NOT NULL,
  	"end_seconds" numeric,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"resolved" boolean DEFAULT false,
  	"resolved_in_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"resolved_by_id" integer,
  	"customer_id" integer,
  	"artist_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "deliverables" ADD COLUMN "waveform_status" "enum_deliverables_waveform_status";
  ALTER TABLE "deliverables" ADD COLUMN "waveform_error" varchar;
  ALTER TABLE "deliverables" ADD COLUMN "waveform_duration_seconds" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "waveform_peaks" jsonb;
  ALTER TABLE "deliverables" ADD COLUMN "pickups" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_comments_id" integer;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_deliverable_id_deliverables_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "public"."deliverables"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_in_id_deliverables_id_fk" FOREIGN KEY ("resolved_in_id") REFERENCES "public"."deliverables"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_comments_deliverable_idx" ON "review_comments" USING btree ("deliverable_id");
  CREATE INDEX "review_comments_booking_idx" ON "review_comments" USING btree ("booking_id");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_resolved_in_idx" ON "review_comments" USING btree ("resolved_in_id");
  CREATE INDEX "review_comments_resolved_by_idx" ON "review_comments" USING btree ("resolved_by_id");
  CREATE INDEX "review_comments_customer_idx" ON "review_comments" USING btree ("customer_id");
  CREATE INDEX "review_comments_artist_idx" ON "review_comments" USING btree ("artist_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_comments_fk" FOREIGN KEY ("review_comments_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_comments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_comments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_comments_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest', 'makeDemoPreview', 'sweepLicences', 'measureDelivery');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail', 'sendMessageDigest', 'makeDemoPreview', 'sweepLicences', 'measureDelivery');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_review_comments_id_idx";
  ALTER TABLE "deliverables" DROP COLUMN "waveform_status";
  ALTER TABLE "deliverables" DROP COLUMN "waveform_error";
  ALTER TABLE "deliverables" DROP COLUMN "waveform_duration_seconds";
  ALTER TABLE "deliverables" DROP COLUMN "waveform_peaks";
  ALTER TABLE "deliverables" DROP COLUMN "pickups";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_comments_id";
  DROP TYPE "public"."enum_deliverables_waveform_status";`)
}
