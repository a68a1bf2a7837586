import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'script.replaced' BEFORE 'script.downloaded';
  DROP INDEX "scripts_booking_idx";
  ALTER TABLE "bookings" ADD COLUMN "reference" varchar;
  ALTER TABLE "scripts" ADD COLUMN "version" numeric;
  ALTER TABLE "scripts" ADD COLUMN "superseded_at" timestamp(3) with time zone;
  UPDATE "scripts" SET "version" = 1 WHERE "version" IS NULL;
  CREATE UNIQUE INDEX "bookings_reference_idx" ON "bookings" USING btree ("reference");
  CREATE INDEX "scripts_superseded_at_idx" ON "scripts" USING btree ("superseded_at");
  CREATE INDEX "scripts_booking_idx" ON "scripts" USING btree ("booking_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('booking.created', 'booking.status_changed', 'booking.updated', 'script.uploaded', 'script.downloaded', 'deliverable.uploaded', 'deliverable.downloaded', 'deliverable.decided', 'invoice.issued', 'invoice.downloaded', 'credit_note.issued', 'account.erased', 'account.email_changed', 'files.purged');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "bookings_reference_idx";
  DROP INDEX "scripts_superseded_at_idx";
  DROP INDEX "scripts_booking_idx";
  CREATE UNIQUE INDEX "scripts_booking_idx" ON "scripts" USING btree ("booking_id");
  ALTER TABLE "bookings" DROP COLUMN "reference";
  ALTER TABLE "scripts" DROP COLUMN "version";
  ALTER TABLE "scripts" DROP COLUMN "superseded_at";`)
}
