import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "quotas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bookings_per_hour" numeric DEFAULT 10 NOT NULL,
  	"bookings_per_day" numeric DEFAULT 30 NOT NULL,
  	"deliveries_per_booking" numeric DEFAULT 20 NOT NULL,
  	"delivery_bytes_per_booking" numeric DEFAULT 5368709120 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "quotas" CASCADE;`)
}
