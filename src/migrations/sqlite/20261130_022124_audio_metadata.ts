import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`audio_format\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`audio_codec\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`audio_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`audio_sample_rate_hz\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`audio_bit_depth\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`audio_channels\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`audio_format\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`audio_codec\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`audio_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`audio_sample_rate_hz\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`audio_bit_depth\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`audio_channels\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`audio_format\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`audio_codec\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`audio_duration_seconds\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`audio_sample_rate_hz\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`audio_bit_depth\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`audio_channels\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`audio_format\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`audio_codec\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`audio_duration_seconds\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`audio_sample_rate_hz\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`audio_bit_depth\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`audio_channels\`;`)
}
