import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_licences_status" ADD VALUE 'cancelled';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "licences" ALTER COLUMN "status" SET DATA TYPE text;
  UPDATE "licences" SET "status" = 'expired' WHERE "status" = 'cancelled';
  ALTER TABLE "licences" ALTER COLUMN "status" SET DEFAULT 'active'::text;
  DROP TYPE "public"."enum_licences_status";
  CREATE TYPE "public"."enum_licences_status" AS ENUM('active', 'expired', 'renewed');
  ALTER TABLE "licences" ALTER COLUMN "status" SET DEFAULT 'active'::"public"."enum_licences_status";
  ALTER TABLE "licences" ALTER COLUMN "status" SET DATA TYPE "public"."enum_licences_status" USING "status"::"public"."enum_licences_status";`)
}
