import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`original_filename\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`original_filename\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`original_filename\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`original_filename\`;`)
}
