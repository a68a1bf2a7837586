import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliverables" ADD COLUMN "revision_fee_cents" numeric;
  ALTER TABLE "pricing" ADD COLUMN "revision_fee_cents" numeric DEFAULT 7500 NOT NULL;
  ALTER TABLE "pricing" ADD COLUMN "revision_turnaround_days" numeric DEFAULT 2 NOT NULL;
  -- Hand-added: the revision fee moves from the Company global to the Pricing global with its value.
  UPDATE "pricing" SET "revision_fee_cents" = c."revision_fee_cents"
    FROM (SELECT "revision_fee_cents" FROM "company" LIMIT 1) c
    WHERE c."revision_fee_cents" IS NOT NULL;
  ALTER TABLE "company" DROP COLUMN "revision_fee_cents";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "company" ADD COLUMN "revision_fee_cents" numeric DEFAULT 7500 NOT NULL;
  ALTER TABLE "deliverables" DROP COLUMN "revision_fee_cents";
  ALTER TABLE "pricing" DROP COLUMN "revision_fee_cents";
  ALTER TABLE "pricing" DROP COLUMN "revision_turnaround_days";`)
}
