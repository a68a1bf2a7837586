import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'message.posted' BEFORE 'account.erased';
  CREATE TABLE "booking_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"booking_id" integer,
  	"seen_event_id" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "audit_events" ADD COLUMN "caused_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_reads_id" integer;
  ALTER TABLE "booking_reads" ADD CONSTRAINT "booking_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_reads" ADD CONSTRAINT "booking_reads_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "booking_reads_user_idx" ON "booking_reads" USING btree ("user_id");
  CREATE INDEX "booking_reads_booking_idx" ON "booking_reads" USING btree ("booking_id");
  CREATE INDEX "booking_reads_updated_at_idx" ON "booking_reads" USING btree ("updated_at");
  CREATE INDEX "booking_reads_created_at_idx" ON "booking_reads" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_booking_idx" ON "booking_reads" USING btree ("user_id","booking_id");
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_caused_by_id_users_id_fk" FOREIGN KEY ("caused_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_reads_fk" FOREIGN KEY ("booking_reads_id") REFERENCES "public"."booking_reads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_events_caused_by_idx" ON "audit_events" USING btree ("caused_by_id");
  CREATE INDEX "payload_locked_documents_rels_booking_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_reads_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_reads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "booking_reads" CASCADE;
  ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_caused_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_reads_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued', 'account.erased', 'account.email_changed', 'files.purged');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "audit_events_caused_by_idx";
  DROP INDEX "payload_locked_documents_rels_booking_reads_id_idx";
  ALTER TABLE "audit_events" DROP COLUMN "caused_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_reads_id";`)
}
