import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`once_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`audit_events_once_key_idx\` ON \`audit_events\` (\`once_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`audit_events_once_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_events\` DROP COLUMN \`once_key\`;`)
}
