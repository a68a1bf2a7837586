import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import * as scaleIndexes from './data/scaleIndexes'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`voiceovers_name_idx\` ON \`voiceovers\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_changed_at_idx\` ON \`bookings\` (\`status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`customer_createdAt_idx\` ON \`bookings\` (\`customer_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`artist_deadline_idx\` ON \`bookings\` (\`artist_id\`,\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`artist_statusChangedAt_idx\` ON \`bookings\` (\`artist_id\`,\`status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`status_deadline_idx\` ON \`bookings\` (\`status\`,\`deadline\`);`)
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
}
