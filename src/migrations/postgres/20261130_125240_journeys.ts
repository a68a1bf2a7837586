import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bookings_billing_snapshot_customer_type" AS ENUM('business', 'consumer');
  CREATE TYPE "public"."enum_messages_author_role" AS ENUM('customer', 'artist', 'staff');
  CREATE TYPE "public"."enum_message_digests_recipient_role" AS ENUM('customer', 'artist', 'staff');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'script.replaced' BEFORE 'script.downloaded';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'invoice.corrected' BEFORE 'account.erased';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'message.posted' BEFORE 'account.erased';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMessageDigest';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMessageDigest';
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"author_role" "enum_messages_author_role",
  	"customer_id" integer,
  	"artist_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "message_digests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"booking_id" integer NOT NULL,
  	"recipient_role" "enum_message_digests_recipient_role" NOT NULL,
  	"sequence" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "message_digests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"messages_id" integer
  );
  
  CREATE TABLE "booking_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"booking_id" integer,
  	"seen_event_id" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "booking_kind_idx";
  DROP INDEX "scripts_booking_idx";
  ALTER TABLE "bookings" ADD COLUMN "reference" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_customer_type" "enum_bookings_billing_snapshot_customer_type";
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_company" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_name" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_address" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_country" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_vat_id" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_email" varchar;
  ALTER TABLE "scripts" ADD COLUMN "version" numeric;
  -- Hand-added: scripts from before replacements were possible, one per booking, are version 1.
  UPDATE "scripts" SET "version" = 1 WHERE "version" IS NULL;
  ALTER TABLE "scripts" ADD COLUMN "superseded_at" timestamp(3) with time zone;
  ALTER TABLE "deliverables" ADD COLUMN "revision_fee_cents" numeric;
  ALTER TABLE "invoices" ADD COLUMN "correction" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "invoices" ADD COLUMN "replaces_id" integer;
  ALTER TABLE "audit_events" ADD COLUMN "caused_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_digests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_reads_id" integer;
  ALTER TABLE "pricing" ADD COLUMN "revision_fee_cents" numeric DEFAULT 7500 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "revision_turnaround_days" numeric DEFAULT 2 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "artist_share_percent" numeric DEFAULT 60 NOT NULL;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_digests" ADD CONSTRAINT "message_digests_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_digests_rels" ADD CONSTRAINT "message_digests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."message_digests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "message_digests_rels" ADD CONSTRAINT "message_digests_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "booking_reads" ADD CONSTRAINT "booking_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_reads" ADD CONSTRAINT "booking_reads_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "messages_booking_idx" ON "messages" USING btree ("booking_id");
  CREATE INDEX "messages_author_idx" ON "messages" USING btree ("author_id");
  CREATE INDEX "messages_customer_idx" ON "messages" USING btree ("customer_id");
  CREATE INDEX "messages_artist_idx" ON "messages" USING btree ("artist_id");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE UNIQUE INDEX "message_digests_key_idx" ON "message_digests" USING btree ("key");
  CREATE INDEX "message_digests_booking_idx" ON "message_digests" USING btree ("booking_id");
  CREATE INDEX "message_digests_recipient_role_idx" ON "message_digests" USING btree ("recipient_role");
  CREATE INDEX "message_digests_updated_at_idx" ON "message_digests" USING btree ("updated_at");
  CREATE INDEX "message_digests_created_at_idx" ON "message_digests" USING btree ("created_at");
  CREATE INDEX "message_digests_rels_order_idx" ON "message_digests_rels" USING btree ("order");
  CREATE INDEX "message_digests_rels_parent_idx" ON "message_digests_rels" USING btree ("parent_id");
  CREATE INDEX "message_digests_rels_path_idx" ON "message_digests_rels" USING btree ("path");
  CREATE INDEX "message_digests_rels_messages_id_idx" ON "message_digests_rels" USING btree ("messages_id");
  CREATE INDEX "booking_reads_user_idx" ON "booking_reads" USING btree ("user_id");
  CREATE INDEX "booking_reads_booking_idx" ON "booking_reads" USING btree ("booking_id");
  CREATE INDEX "booking_reads_updated_at_idx" ON "booking_reads" USING btree ("updated_at");
  CREATE INDEX "booking_reads_created_at_idx" ON "booking_reads" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_booking_idx" ON "booking_reads" USING btree ("user_id","booking_id");
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_replaces_id_invoices_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_caused_by_id_users_id_fk" FOREIGN KEY ("caused_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_digests_fk" FOREIGN KEY ("message_digests_id") REFERENCES "public"."message_digests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_reads_fk" FOREIGN KEY ("booking_reads_id") REFERENCES "public"."booking_reads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "bookings_reference_idx" ON "bookings" USING btree ("reference");
  CREATE INDEX "scripts_superseded_at_idx" ON "scripts" USING btree ("superseded_at");
  CREATE INDEX "invoices_replaces_idx" ON "invoices" USING btree ("replaces_id");
  CREATE UNIQUE INDEX "booking_kind_correction_idx" ON "invoices" USING btree ("booking_id","kind","correction");
  CREATE INDEX "audit_events_caused_by_idx" ON "audit_events" USING btree ("caused_by_id");
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_message_digests_id_idx" ON "payload_locked_documents_rels" USING btree ("message_digests_id");
  CREATE INDEX "payload_locked_documents_rels_booking_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_reads_id");
  CREATE INDEX "scripts_booking_idx" ON "scripts" USING btree ("booking_id");
  -- Hand-added: the revision fee moves from the Company global to the Pricing global with its value.
  UPDATE "pricing" SET "revision_fee_cents" = c."revision_fee_cents"
    FROM (SELECT "revision_fee_cents" FROM "company" LIMIT 1) c
    WHERE c."revision_fee_cents" IS NOT NULL;
  ALTER TABLE "company" DROP COLUMN "revision_fee_cents";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_digests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_digests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_reads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "message_digests" CASCADE;
  DROP TABLE "message_digests_rels" CASCADE;
  DROP TABLE "booking_reads" CASCADE;
  ALTER TABLE "invoices" DROP CONSTRAINT "invoices_replaces_id_invoices_id_fk";
  
  ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_caused_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_digests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_reads_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued', 'account.erased', 'account.email_changed', 'files.purged');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'issueInvoice', 'issueCreditNote', 'sendNotification', 'autoApproveBooking', 'purgeExpiredFiles', 'sendEmailChangeEmail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "bookings_reference_idx";
  DROP INDEX "scripts_superseded_at_idx";
  DROP INDEX "invoices_replaces_idx";
  DROP INDEX "booking_kind_correction_idx";
  DROP INDEX "audit_events_caused_by_idx";
  DROP INDEX "payload_locked_documents_rels_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_digests_id_idx";
  DROP INDEX "payload_locked_documents_rels_booking_reads_id_idx";
  DROP INDEX "scripts_booking_idx";
  ALTER TABLE "company" ADD COLUMN "revision_fee_cents" numeric DEFAULT 7500 NOT NULL;
  CREATE UNIQUE INDEX "booking_kind_idx" ON "invoices" USING btree ("booking_id","kind");
  CREATE UNIQUE INDEX "scripts_booking_idx" ON "scripts" USING btree ("booking_id");
  ALTER TABLE "bookings" DROP COLUMN "reference";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_customer_type";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_company";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_name";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_address";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_country";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_vat_id";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_email";
  ALTER TABLE "scripts" DROP COLUMN "version";
  ALTER TABLE "scripts" DROP COLUMN "superseded_at";
  ALTER TABLE "deliverables" DROP COLUMN "revision_fee_cents";
  ALTER TABLE "invoices" DROP COLUMN "correction";
  ALTER TABLE "invoices" DROP COLUMN "replaces_id";
  ALTER TABLE "audit_events" DROP COLUMN "caused_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_digests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_reads_id";
  ALTER TABLE "pricing" DROP COLUMN "revision_fee_cents";
  ALTER TABLE "pricing" DROP COLUMN "revision_turnaround_days";
  ALTER TABLE "pricing" DROP COLUMN "artist_share_percent";
  DROP TYPE "public"."enum_bookings_billing_snapshot_customer_type";
  DROP TYPE "public"."enum_messages_author_role";
  DROP TYPE "public"."enum_message_digests_recipient_role";`)
}
