import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`quotas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`bookings_per_hour\` numeric DEFAULT 10 NOT NULL,
  	\`bookings_per_day\` numeric DEFAULT 30 NOT NULL,
  	\`deliveries_per_booking\` numeric DEFAULT 20 NOT NULL,
  	\`delivery_bytes_per_booking\` numeric DEFAULT 5368709120 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`quotas\`;`)
}
