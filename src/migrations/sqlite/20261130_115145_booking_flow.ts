import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`scripts_booking_idx\`;`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`version\` numeric;`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`superseded_at\` text;`)
  // Scripts from before replacements were possible: one per booking, so each is version 1.
  await db.run(sql`UPDATE \`scripts\` SET \`version\` = 1 WHERE \`version\` IS NULL;`)
  await db.run(sql`CREATE INDEX \`scripts_superseded_at_idx\` ON \`scripts\` (\`superseded_at\`);`)
  await db.run(sql`CREATE INDEX \`scripts_booking_idx\` ON \`scripts\` (\`booking_id\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`reference\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`bookings_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`reference\`;`)
  await db.run(sql`DROP INDEX \`scripts_superseded_at_idx\`;`)
  await db.run(sql`DROP INDEX \`scripts_booking_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`scripts_booking_idx\` ON \`scripts\` (\`booking_id\`);`)
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`version\`;`)
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`superseded_at\`;`)
}
