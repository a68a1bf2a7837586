import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written step of the delivery QC migration (kept out of the generated file so it survives
 * regeneration). Customers see only deliveries with `qc.publishedAt` set (`access/readDelivery.ts`);
 * deliveries made before the technical check existed were shown to their customer when uploaded, so
 * they stay shown: `publishedAt` = when they were uploaded. Their `qc.status` stays empty (never
 * measured). Nothing to undo: the column goes with the schema.
 */
export const up = async ({ db }: Pick<MigrateUpArgs, 'db'>): Promise<void> => {
  await db.run(sql`
    UPDATE \`deliverables\` SET \`qc_published_at\` = \`created_at\`
      WHERE \`qc_published_at\` IS NULL;`)
}
