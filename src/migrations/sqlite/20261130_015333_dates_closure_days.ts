import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pricing_closure_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pricing\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pricing_closure_days_order_idx\` ON \`pricing_closure_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pricing_closure_days_parent_id_idx\` ON \`pricing_closure_days\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`end_of_day\` text DEFAULT '18:00' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pricing_closure_days\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`end_of_day\`;`)
}
