import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`revision_fee_cents\` numeric;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`revision_fee_cents\` numeric DEFAULT 7500 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`revision_turnaround_days\` numeric DEFAULT 2 NOT NULL;`)
  // Hand-added: the revision fee moves from the Company global to the Pricing global with its value.
  await db.run(
    sql`UPDATE \`pricing\` SET \`revision_fee_cents\` = (SELECT \`revision_fee_cents\` FROM \`company\` LIMIT 1) WHERE EXISTS (SELECT 1 FROM \`company\` WHERE \`revision_fee_cents\` IS NOT NULL);`,
  )
  await db.run(sql`ALTER TABLE \`company\` DROP COLUMN \`revision_fee_cents\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`company\` ADD \`revision_fee_cents\` numeric DEFAULT 7500 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`revision_fee_cents\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`revision_fee_cents\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`revision_turnaround_days\`;`)
}
