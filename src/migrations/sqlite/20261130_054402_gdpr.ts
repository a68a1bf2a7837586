import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`privacy\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`private_file_retention_days\` numeric DEFAULT 90 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`users_anonymised_at_idx\` ON \`users\` (\`anonymised_at\`);`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`purged_at\` text;`)
  await db.run(sql`CREATE INDEX \`scripts_purged_at_idx\` ON \`scripts\` (\`purged_at\`);`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`purged_at\` text;`)
  await db.run(sql`CREATE INDEX \`deliverables_purged_at_idx\` ON \`deliverables\` (\`purged_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`privacy\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`users_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`DROP INDEX \`scripts_purged_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`purged_at\`;`)
  await db.run(sql`DROP INDEX \`deliverables_purged_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`purged_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
