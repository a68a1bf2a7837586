import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import * as scaleIndexes from './data/scaleIndexes'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "voiceovers_name_idx" ON "voiceovers" USING btree ("name");
  CREATE INDEX "bookings_status_changed_at_idx" ON "bookings" USING btree ("status_changed_at");
  CREATE INDEX "customer_createdAt_idx" ON "bookings" USING btree ("customer_id","created_at");
  CREATE INDEX "artist_deadline_idx" ON "bookings" USING btree ("artist_id","deadline");
  CREATE INDEX "artist_statusChangedAt_idx" ON "bookings" USING btree ("artist_id","status_changed_at");
  CREATE INDEX "status_deadline_idx" ON "bookings" USING btree ("status","deadline");`)
  await scaleIndexes.up({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await scaleIndexes.down({ db })
  await db.execute(sql`
   DROP INDEX "voiceovers_name_idx";
  DROP INDEX "bookings_status_changed_at_idx";
  DROP INDEX "customer_createdAt_idx";
  DROP INDEX "artist_deadline_idx";
  DROP INDEX "artist_statusChangedAt_idx";
  DROP INDEX "status_deadline_idx";`)
}
