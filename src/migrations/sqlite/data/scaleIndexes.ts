import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written step of the "scale" migration (kept out of the generated file so it survives
 * regeneration). Payload indexes the `voiceovers_texts` table (the `accents` hasMany text field) on
 * (`order`, `parent_id`) only, so reading one artist's accents scanned the whole table;
 * (`parent_id`, `order`) serves the per-artist lookup and its ordering.
 *
 * `bookings_open_deadline_idx` is a partial index (Payload can't declare one): the open bookings by
 * deadline, as the dashboards list and count them (`status NOT IN` the `finishedStatuses` of
 * domain/bookingAttention.ts — keep the two lists the same).
 */
export const up = async ({ db }: Pick<MigrateUpArgs, 'db'>): Promise<void> => {
  await db.run(sql`
    CREATE INDEX IF NOT EXISTS \`voiceovers_texts_parent_order_idx\`
      ON \`voiceovers_texts\` (\`parent_id\`, \`order\`);`)
  await db.run(sql`
    CREATE INDEX IF NOT EXISTS \`bookings_open_deadline_idx\` ON \`bookings\` (\`deadline\`, \`id\`)
      WHERE \`status\` NOT IN ('completed', 'cancelled');`)
}

export const down = async ({ db }: Pick<MigrateDownArgs, 'db'>): Promise<void> => {
  await db.run(sql`DROP INDEX IF EXISTS \`voiceovers_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`bookings_open_deadline_idx\`;`)
}
