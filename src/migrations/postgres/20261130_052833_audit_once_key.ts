import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ADD COLUMN "once_key" varchar;
  CREATE UNIQUE INDEX "audit_events_once_key_idx" ON "audit_events" USING btree ("once_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "audit_events_once_key_idx";
  ALTER TABLE "audit_events" DROP COLUMN "once_key";`)
}
