import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "pricing_closure_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"reason" varchar
  );
  
  ALTER TABLE "pricing" ADD COLUMN "end_of_day" varchar DEFAULT '18:00' NOT NULL;
  ALTER TABLE "pricing_closure_days" ADD CONSTRAINT "pricing_closure_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pricing"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pricing_closure_days_order_idx" ON "pricing_closure_days" USING btree ("_order");
  CREATE INDEX "pricing_closure_days_parent_id_idx" ON "pricing_closure_days" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pricing_closure_days" CASCADE;
  ALTER TABLE "pricing" DROP COLUMN "end_of_day";`)
}
