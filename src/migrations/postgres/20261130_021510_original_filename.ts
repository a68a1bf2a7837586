import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scripts" ADD COLUMN "original_filename" varchar;
  ALTER TABLE "deliverables" ADD COLUMN "original_filename" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scripts" DROP COLUMN "original_filename";
  ALTER TABLE "deliverables" DROP COLUMN "original_filename";`)
}
