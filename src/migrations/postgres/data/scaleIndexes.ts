import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

/**
 * Hand-written step of the "scale" migration (kept out of the generated file so it survives
 * regeneration). Accents were a hasMany text field then (`voiceovers_texts`, indexed by Payload on
 * (order, parent_id) only: ~1.4 s per artist page at 10,000 artists); they are now a relationship
 * to the `accents` collection, read through the parent_id index of `voiceovers_rels`.
 *
 * `bookings_open_deadline_idx` is a partial index (Payload can't declare one): the open bookings by
 * deadline, as the dashboards list and count them (`status NOT IN` the `finishedStatuses` of
 * domain/bookingAttention.ts — keep the two lists the same). At 100,000 bookings it holds the few
 * thousand open ones, so the admin dashboard's counts read it instead of the whole table.
 */
export const up = async ({ db }: Pick<MigrateUpArgs, 'db'>): Promise<void> => {
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "bookings_open_deadline_idx" ON "bookings" USING btree ("deadline", "id")
      WHERE "status" NOT IN ('completed', 'cancelled');`)
  // Trigram indexes for the list searches (`like`, which Payload runs as ILIKE '%…%'): the title
  // and reference of bookings, and the name, email and company an admin finds a customer by.
  await db.execute(sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "bookings_project_title_trgm_idx" ON "bookings" USING gin ("project_title" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "bookings_reference_trgm_idx" ON "bookings" USING gin ("reference" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "users_billing_company_trgm_idx" ON "users" USING gin ("billing_company" gin_trgm_ops);`)
}

export const down = async ({ db }: Pick<MigrateDownArgs, 'db'>): Promise<void> => {
  await db.execute(sql`DROP INDEX IF EXISTS "bookings_open_deadline_idx";`)
  // The pg_trgm extension stays: other features may use it.
  await db.execute(sql`
    DROP INDEX IF EXISTS "bookings_project_title_trgm_idx";
    DROP INDEX IF EXISTS "bookings_reference_trgm_idx";
    DROP INDEX IF EXISTS "users_name_trgm_idx";
    DROP INDEX IF EXISTS "users_email_trgm_idx";
    DROP INDEX IF EXISTS "users_billing_company_trgm_idx";`)
}
