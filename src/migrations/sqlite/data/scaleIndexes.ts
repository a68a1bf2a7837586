import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written step of the "scale" migration (kept out of the generated file so it survives
 * regeneration). Accents were a hasMany text field then (`voiceovers_texts`, indexed by Payload on
 * (order, parent_id) only: ~1.4 s per artist page at 10,000 artists); they are now a relationship
 * to the `accents` collection, read through the parent_id index of `voiceovers_rels`.
 *
 * `bookings_open_deadline_idx` is a partial index (Payload can't declare one): the open bookings by
 * deadline, as the dashboards list and count them (`status NOT IN` the `finishedStatuses` of
 * domain/bookingAttention.ts — keep the two lists the same).
 */
export const up = async ({ db }: Pick<MigrateUpArgs, 'db'>): Promise<void> => {
  await db.run(sql`
    CREATE INDEX IF NOT EXISTS \`bookings_open_deadline_idx\` ON \`bookings\` (\`deadline\`, \`id\`)
      WHERE \`status\` NOT IN ('completed', 'cancelled');`)
}

export const down = async ({ db }: Pick<MigrateDownArgs, 'db'>): Promise<void> => {
  await db.run(sql`DROP INDEX IF EXISTS \`bookings_open_deadline_idx\`;`)
}
