import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_invoices_language" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_company_staff_language" AS ENUM('nl', 'en');
  ALTER TABLE "invoices" ADD COLUMN "language" "enum_invoices_language";
  ALTER TABLE "company" ADD COLUMN "staff_language" "enum_company_staff_language" DEFAULT 'nl' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "invoices" DROP COLUMN "language";
  ALTER TABLE "company" DROP COLUMN "staff_language";
  DROP TYPE "public"."enum_invoices_language";
  DROP TYPE "public"."enum_company_staff_language";`)
}
