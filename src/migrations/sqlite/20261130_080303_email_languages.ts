import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`invoices\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`company\` ADD \`staff_language\` text DEFAULT 'nl' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`invoices\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`company\` DROP COLUMN \`staff_language\`;`)
}
