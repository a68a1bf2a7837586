import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bookings_billing_snapshot_customer_type" AS ENUM('business', 'consumer');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'invoice.corrected' BEFORE 'account.erased';
  DROP INDEX "booking_kind_idx";
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_customer_type" "enum_bookings_billing_snapshot_customer_type";
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_company" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_name" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_address" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_country" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_vat_id" varchar;
  ALTER TABLE "bookings" ADD COLUMN "billing_snapshot_email" varchar;
  ALTER TABLE "invoices" ADD COLUMN "correction" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "invoices" ADD COLUMN "replaces_id" integer;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_replaces_id_invoices_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "invoices_replaces_idx" ON "invoices" USING btree ("replaces_id");
  CREATE UNIQUE INDEX "booking_kind_correction_idx" ON "invoices" USING btree ("booking_id","kind","correction");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "invoices" DROP CONSTRAINT "invoices_replaces_id_invoices_id_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued', 'account.erased', 'account.email_changed', 'files.purged');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "invoices_replaces_idx";
  DROP INDEX "booking_kind_correction_idx";
  CREATE UNIQUE INDEX "booking_kind_idx" ON "invoices" USING btree ("booking_id","kind");
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_customer_type";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_company";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_name";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_address";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_country";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_vat_id";
  ALTER TABLE "bookings" DROP COLUMN "billing_snapshot_email";
  ALTER TABLE "invoices" DROP COLUMN "correction";
  ALTER TABLE "invoices" DROP COLUMN "replaces_id";
  DROP TYPE "public"."enum_bookings_billing_snapshot_customer_type";`)
}
