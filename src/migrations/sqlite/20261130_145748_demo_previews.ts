import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
