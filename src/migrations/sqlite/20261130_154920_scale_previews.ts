import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import * as scaleIndexes from './data/scaleIndexes'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_bitrate\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_error\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_peaks_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview_peaks_url\` text;`)
  await db.run(sql`CREATE INDEX \`voiceovers_name_idx\` ON \`voiceovers\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_changed_at_idx\` ON \`bookings\` (\`status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`customer_createdAt_idx\` ON \`bookings\` (\`customer_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`artist_deadline_idx\` ON \`bookings\` (\`artist_id\`,\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`artist_statusChangedAt_idx\` ON \`bookings\` (\`artist_id\`,\`status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`status_deadline_idx\` ON \`bookings\` (\`status\`,\`deadline\`);`)
  // Hand-written: partial and trigram indexes Payload can't declare (issue 14, scale).
  await scaleIndexes.up({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await scaleIndexes.down({ db })
  await db.run(sql`DROP INDEX \`voiceovers_name_idx\`;`)
  await db.run(sql`DROP INDEX \`bookings_status_changed_at_idx\`;`)
  await db.run(sql`DROP INDEX \`customer_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`artist_deadline_idx\`;`)
  await db.run(sql`DROP INDEX \`artist_statusChangedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_deadline_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_bitrate\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_error\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_peaks_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview_peaks_url\`;`)
}
