import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_messages_author_role" AS ENUM('customer', 'artist', 'staff');
  CREATE TYPE "public"."enum_message_digests_recipient_role" AS ENUM('customer', 'artist', 'staff');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'message.posted';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_digests_id" integer;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_digests" ADD CONSTRAINT "message_digests_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_digests_rels" ADD CONSTRAINT "message_digests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."message_digests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "message_digests_rels" ADD CONSTRAINT "message_digests_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_digests_fk" FOREIGN KEY ("message_digests_id") REFERENCES "public"."message_digests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_message_digests_id_idx" ON "payload_locked_documents_rels" USING btree ("message_digests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_digests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_digests_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "message_digests" CASCADE;
  DROP TABLE "message_digests_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_digests_fk";
  
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
  DROP INDEX "payload_locked_documents_rels_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_digests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_digests_id";
  DROP TYPE "public"."enum_messages_author_role";
  DROP TYPE "public"."enum_message_digests_recipient_role";`)
}
